// Ways of asking that buyers write every day and the parser did not read: dialect Arabic need verbs,
// Spanish and French business phrasing. The product is what follows them.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("Arabic dialect need verbs", () => {
  it.each([
    ["نبا خشب أبلكاش للطوبار، 2 كونتينر", "خشب أبلكاش"],
    ["نحب زيت زيتون بكر، 2 طن", "زيت زيتون بكر"],
    ["يلزمنا زيت زيتون بكر، 2 طن", "زيت زيتون بكر"],
    ["نستحقو زيت زيتون بكر، 2 طن", "زيت زيتون بكر"],
    ["نشتي عسل سدر، 300 كيلو", "عسل سدر"],
    ["خاصنا زيت زيتون بكر، 2 طن", "زيت زيتون بكر"],
  ])("reads %s", (text, product) => {
    expect(parse(text).product).toBe(product);
  });
});

describe("Spanish and French business phrasing", () => {
  it.each([
    ["Precisamos aceite de oliva extra virgen, 2 toneladas", "aceite de oliva extra virgen"],
    ["Quisiéramos recibir una oferta de aceite de oliva, 2 toneladas", "aceite de oliva"],
    ["Me urge conseguir aceite de oliva, 2 toneladas", "aceite de oliva"],
    ["Nous sommes à la recherche d'abricots secs, 2 t", "abricots secs"],
    ["On est preneur d'abricots secs, 2 t", "abricots secs"],
    ["Nous désirons importer des abricots secs, 2 t", "abricots secs"],
    ["Merci de nous coter des abricots secs, 2 t", "abricots secs"],
  ])("reads %s", (text, product) => {
    expect(parse(text).product).toBe(product);
  });

  it("still reads a French business that introduces itself", () => {
    expect(parse("Nous sommes une épicerie fine à Lyon et nous cherchons des abricots secs, 200 kg").product).toBe("abricots secs");
  });
});
