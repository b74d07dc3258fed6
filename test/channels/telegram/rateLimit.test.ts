// The per-user rate limit: the first update over the limit gets a notice, later ones are dropped,
// but every button press is still answered (Telegram keeps the spinner turning otherwise).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter } from "../../../src/channels/telegram/rateLimit.js";
import type { CoreDeps } from "../../../src/wiring.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import type { TestDb } from "../../helpers/testDb.js";
import { Harness, seededCore } from "./harness.js";

let t: TestDb;
let core: CoreDeps;
let deals: DealDeps;
beforeAll(async () => {
  ({ t, core, deals } = await seededCore());
});
afterAll(async () => t?.cleanup());

describe("rate limit", () => {
  it("warns once per window, then drops, and starts over in the next window", () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 2, windowMs: 1000 }, () => now);
    expect(["a", "a", "a", "a"].map((u) => limiter.hit(u))).toEqual(["ok", "ok", "warn", "drop"]);
    expect(limiter.hit("b")).toBe("ok");
    now = 1000;
    expect(limiter.hit("a")).toBe("ok");
  });

  it("answers every press, the dropped ones too, and sends no message for them", async () => {
    const h = new Harness(core, deals, { id: 777_501, is_bot: false, first_name: "Rita", language_code: "en" }, { max: 1, windowMs: 60_000 });
    const calls = [];
    for (let i = 0; i < 4; i++) calls.push(await h.send(h.press("lg:fr")));
    for (const c of calls) expect(c.filter((x) => x.method === "answerCallbackQuery")).toHaveLength(1);
    expect(calls[1]!.find((x) => x.method === "answerCallbackQuery")?.payload.text).toBeTruthy();
    expect(calls[2]!.filter((x) => x.method === "sendMessage")).toHaveLength(0);
    expect(calls[3]!.filter((x) => x.method === "sendMessage")).toHaveLength(0);
  });
});
