// Pasted emails: the subject is a sentence of the request, the signature is not.
import { describe, expect, it } from "vitest";
import { messageBody } from "../../../src/core/extraction/emailParts.js";
import { parse } from "./helpers.js";

const EMAIL = "Subject: Hot mustard powder - 4 MT/quarter\n\nHi,\nWe make English mustard. We need a pungent mustard powder, 25 kg sacks.\n\nThanks,\nOlivia Barnes\nTechnical & Purchasing, Broadland Condiments";

describe("an email's parts", () => {
  it("keeps the subject as a sentence without its label, and drops the signature", () => {
    expect(messageBody(EMAIL)).toBe("Hot mustard powder - 4 MT/quarter.\n\nHi,\nWe make English mustard. We need a pungent mustard powder, 25 kg sacks.\n");
  });

  it("drops a sign-off that closes the last line, and only a name after it", () => {
    expect(messageBody("480 jars, delivered UK. Vegan would be ideal. Ta, Hannah")).toBe("480 jars, delivered UK. Vegan would be ideal.");
    expect(messageBody("Pls share MOQ & shelf life. Regards, Wei Ling | Category Manager")).toBe("Pls share MOQ & shelf life.");
    expect(messageBody("We need argan oil\nThanks, Dani")).toBe("We need argan oil\n");
    // More of the request after the thanks stays.
    expect(messageBody("Thanks, we need 2 t of argan oil")).toBe("Thanks, we need 2 t of argan oil");
    expect(messageBody("We need argan oil\nThanks, we also need olive oil, 2 t")).toBe("We need argan oil\nThanks, we also need olive oil, 2 t");
  });

  it("keeps a long text after a sign-off line: that is no signature", () => {
    const text = "We need argan oil\nThanks,\n1\n2\n3\n4\n5\n6\n7";
    expect(messageBody(text)).toBe(text);
  });

  it("never reads the product from the signature", () => {
    const r = parse(EMAIL);
    expect(r.product).toContain("mustard powder");
    expect(r.quantity).toEqual({ value: 4, unit: "t" });
  });
});

describe("a pack after the amount", () => {
  it("reads bales, pallets and trays as the pack, not the product", () => {
    expect(parse("We need dried wormwood herb, 600 lb in bales").product).toBe("dried wormwood herb");
    expect(parse("Cherry tomatoes, 2 t in trays").product).toBe("cherry tomatoes");
  });
});
