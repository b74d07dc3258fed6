// Australian chat: "G'day" greets, "chasing" asks ("chasing walnut kernels for our bakery").
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("Australian greetings and verbs of search", () => {
  it("reads the product after 'chasing', never the greeting", () => {
    expect(parse("G'day, timber framer in Brisbane. Chasing walnut kernels for our bakery.").product).toBe("walnut kernels");
    expect(parse("G'day, chasing macadamia oil, light and refined.").product).toBe("macadamia oil");
  });
});
