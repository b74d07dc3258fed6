// Hostile text and numbers at the core's entry points, without a database: control characters and
// lone surrogates are cleaned (never reach Postgres, which refuses NUL with 22021, nor a platform,
// which refuses invalid UTF-8), and numbers past Decimal(18,4) are refused with a clear message.
import { describe, expect, it } from "vitest";
import { cleanLine, cleanText, isClean, platformName } from "../../src/core/cleanText.js";
import { isWellFormed } from "../../src/core/textCut.js";
import { messageText, optionalNote } from "../../src/core/deals/messageText.js";
import { validateQuote } from "../../src/core/deals/quoteInput.js";
import { counterOfferSchema } from "../../src/core/deals/buyerActions.js";
import { toDecimal } from "../../src/core/deals/decimal.js";
import { contactLineSchema } from "../../src/core/deals/contactLine.js";
import { companyNameSchema, resolveCountry } from "../../src/core/buyers/profile.js";
import { normalizeRequest } from "../../src/core/extraction/normalize.js";
import { createRulesParser } from "../../src/core/extraction/rulesParser.js";
import { quantitySchema, targetPriceSchema } from "../../src/core/model.js";
import { CoreError } from "../../src/core/errors.js";

const NASTY = "a\u0000b\u0001c\u0007d\u001Be\u007Ff\tg\nh\r\ni\rj";
const LONE = ["x\uD800y", "x\uDC00y", "end\uD83D"];
const today = new Date("2026-12-06T00:00:00Z");

function problems(fn: () => unknown): { field: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof CoreError) return (e.details as { fields: { field: string; message: string }[] }).fields;
    throw e;
  }
  throw new Error("expected a CoreError");
}

describe("cleanText", () => {
  it("drops C0 controls and DEL, keeps tab and newline, turns CR and CRLF into newlines", () => {
    expect(cleanText(NASTY)).toBe("abcdef\tg\nh\ni\nj");
    expect(isClean(NASTY)).toBe(false);
    expect(isClean("plain text\twith\nlines and émojis 🫒")).toBe(true);
  });

  it("replaces lone surrogates and keeps valid pairs", () => {
    for (const s of LONE) {
      expect(isWellFormed(s)).toBe(false);
      expect(isWellFormed(cleanText(s))).toBe(true);
      expect(cleanText(s)).toContain("\uFFFD");
    }
    expect(cleanText("olive 🫒 oil")).toBe("olive 🫒 oil");
  });

  it("makes one line of names and cuts them without splitting an emoji", () => {
    expect(cleanLine("  Jane\u0000\n  Doe ")).toBe("Jane Doe");
    expect(platformName(["Jane\u0000", undefined, "Doe\uD800"])).toBe("Jane Doe\uFFFD");
    expect(platformName(["\u0000\u0001"])).toBeNull();
    const cut = platformName(["x".repeat(99) + "🫒🫒"])!;
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(isWellFormed(cut)).toBe(true);
  });
});

describe("free text at core entry points", () => {
  it("cleans messages and notes, and refuses what is left empty", () => {
    expect(messageText("hello\u0000 there\uD800")).toBe("hello there\uFFFD");
    expect(optionalNote("note\u0000")).toBe("note");
    expect(problems(() => messageText("\u0000\u0001 \u0002"))).toEqual([{ field: "text", message: "is empty" }]);
  });

  it("cleans quote text fields, contact lines, company names and country answers", () => {
    const q = validateQuote({ unitPrice: "13.2", currency: "EUR", unit: "kg", incotermPlace: "Rotter\u0000dam", notes: "ok\uDC00", paymentTerms: "\u0000" }, today);
    expect(q).toMatchObject({ incotermPlace: "Rotterdam", notes: "ok\uFFFD", paymentTerms: null });
    // One-line profile fields refuse control characters with a message, and repair lone surrogates.
    expect(contactLineSchema.safeParse("jane\u0000@example.com").error?.issues[0]?.message).toBe("must not contain control characters");
    expect(contactLineSchema.parse("jane@example.com \uD800")).toBe("jane@example.com \uFFFD");
    expect(companyNameSchema.safeParse("Acme\u0000 BV").success).toBe(false);
    expect(companyNameSchema.parse("Acme BV\uD800")).toBe("Acme BV\uFFFD");
    expect(resolveCountry("Nether\u0000lands")).toBe("NL");
  });

  it("cleans the buyer's request text before and after parsing", async () => {
    const r = await createRulesParser().parse("2 tonnes of organic\u0000 argan oil to Rotter\u0001dam\uD800");
    expect(r.product).toBe("organic argan oil");
    expect(r.quantity).toEqual({ value: 2, unit: "t" });
    const llm = normalizeRequest({ product: "argan\u0000 oil\uD800", destination: { country: null, place: "Some\u0000where\uDC00" }, certifications: ["organ\u0000ic"] });
    expect(isWellFormed(llm.product!) && !llm.product!.includes("\u0000")).toBe(true);
    expect(llm.destination?.place).toBe("Somewhere\uFFFD");
  });
});

describe("numbers bounded to Decimal(18,4)", () => {
  it("drops a quantity or price the column cannot hold, so the buyer is asked again", () => {
    const r = normalizeRequest({ product: "argan oil", quantity: { value: 1e21, unit: "kg" }, targetPrice: { amount: "100000000000000", currency: "EUR" } });
    expect(r.quantity).toBeNull();
    expect(r.targetPrice).toBeNull();
    expect(r.missing).toContain("quantity");
    const ok = normalizeRequest({ product: "argan oil", quantity: { value: 99_999_999_999_999, unit: "kg" }, targetPrice: { amount: 0.0001, currency: "EUR" } });
    expect(ok.quantity?.value).toBe(99_999_999_999_999);
    expect(ok.targetPrice?.amount).toBe(0.0001);
    expect(normalizeRequest({ quantity: { value: 0.00001, unit: "kg" } }).quantity).toBeNull();
  });

  it("refuses out-of-range numbers in the request schema itself", () => {
    expect(quantitySchema.safeParse({ value: 1e14, unit: "kg" }).success).toBe(false);
    expect(quantitySchema.safeParse({ value: 99_999_999_999_999, unit: "kg" }).success).toBe(true);
    expect(targetPriceSchema.safeParse({ amount: 0.00001, currency: "EUR", per: null }).success).toBe(false);
  });

  it("refuses a quote or counter-offer too large to store, saying so", () => {
    expect(problems(() => validateQuote({ unitPrice: "100000000000000", currency: "EUR", unit: "kg" }, today))).toEqual([
      expect.objectContaining({ field: "unitPrice", problem: "too_large" }),
    ]);
    expect(problems(() => validateQuote({ unitPrice: 1e300, currency: "EUR", unit: "kg", moq: "99999999999999.99995" }, today)).map((f) => f.field)).toEqual(["unitPrice", "moq"]);
    expect(validateQuote({ unitPrice: "99999999999999.9999", currency: "EUR", unit: "kg" }, today).unitPrice).toBe("99999999999999.9999");
    const c = counterOfferSchema.safeParse({ price: { amount: "1e15", currency: "EUR" }, quantity: { value: 1e20, unit: "kg" } });
    expect(c.success).toBe(false);
    expect(c.error?.issues.map((i) => i.message)).toContain("value is too large (at most 99,999,999,999,999)");
    expect(toDecimal("99999999999999.99995")).toBeNull();
  });
});
