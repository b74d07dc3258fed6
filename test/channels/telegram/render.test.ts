import { describe, expect, it } from "vitest";
import { esc, requestCard, sellerMessage } from "../../../src/channels/telegram/render.js";
import { splitHtml } from "../../../src/channels/telegram/splitHtml.js";
import { decode, encode } from "../../../src/channels/telegram/toCommand.js";
import { emptyRequest } from "../../../src/core/model.js";
import { createRateLimiter } from "../../../src/channels/telegram/rateLimit.js";
import { renderReplies } from "../../../src/channels/telegram/renderReply.js";
import type { Reply } from "../../../src/core/conversation/index.js";
import type { MatchItem } from "../../../src/core/matching/matchRequest.js";
import { utf8Length } from "../../../src/core/textCut.js";
import { evaluateConstraints } from "../../../src/core/matching/constraints.js";
import { DEFAULT_RATES } from "../../../src/core/matching/currency.js";

const uuid = (n: number) => `123e4567-e89b-12d3-a456-${String(n).padStart(12, "0")}`;
const item = (n: number): MatchItem => {
  const product = {
    id: uuid(n), sellerId: uuid(n), seller: `Séller 🌿 ${"long name ".repeat(8)}${n}`, sellerCountry: "MA", sku: `S-${n}`, title: `Argan oil ${"very ".repeat(300)}fine ${n}`,
    description: null, category: null, attributes: {}, originCountry: "MA", shipsTo: ["NL"],
    moq: 100, unit: "kg", priceMin: 10, priceMax: 12, currency: "EUR", leadTimeDays: 20, certifications: ["organic"],
  };
  const req = { ...emptyRequest(), product: "argan oil", quantity: { value: 2, unit: "t" as const }, destination: { country: "NL", place: null } };
  const c = evaluateConstraints(req, product, new Date("2026-11-22T00:00:00Z"), DEFAULT_RATES);
  return { score: 1, reasons: c.reasons, facts: c.facts, product };
};

describe("telegram rendering", () => {
  it("escapes every user value", () => {
    const card = requestCard("en", { ...emptyRequest(), product: "<b>oil</b> & co", destination: { country: "NL", place: "Rotter<dam>" } });
    expect(card).toContain("&lt;b&gt;oil&lt;/b&gt; &amp; co");
    expect(card).toContain("Rotter&lt;dam&gt;");
    expect(sellerMessage("fr", "A<b>", "x <a href='y'>")).toContain("A&lt;b&gt; écrit");
    expect(esc("<&>")).toBe("&lt;&amp;&gt;");
  });

  it("splits long texts at Telegram's limit without cutting an entity", () => {
    const text = `${"word ".repeat(1500)}&amp;${"x".repeat(3000)}`;
    const parts = splitHtml(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
    expect(parts.some((p) => p.includes("&amp;"))).toBe(true);
    expect(splitHtml("short")).toEqual(["short"]);
  });

  it("encodes button data under 64 bytes and refuses data it did not write", () => {
    const id = "123e4567-e89b-12d3-a456-426614174000";
    const data = encode({ kind: "introduceTop", requestId: id, round: 12 });
    expect(data.length).toBeLessThanOrEqual(64);
    expect(decode(data)).toEqual({ kind: "introduceTop", requestId: id, round: 12 });
    expect(decode("qa:" + id)).toEqual({ kind: "accept", quoteId: id });
    expect(decode("zz:1")).toBeNull();
    expect(decode("qa:")).toBeNull();
  });

  it("rate-limits per user: a warning once, then silence until the window passes", () => {
    let now = 0;
    const rl = createRateLimiter({ max: 2, windowMs: 1000 }, () => now);
    expect([rl.hit("a"), rl.hit("a"), rl.hit("a"), rl.hit("a"), rl.hit("b")]).toEqual(["ok", "ok", "warn", "drop", "ok"]);
    now = 1500;
    expect(rl.hit("a")).toBe("ok");
  });

  it("splits a long shortlist into parts of at most 4096 characters, keyboard on the last, data ≤ 64 bytes", () => {
    const items = [1, 2, 3, 4, 5].map((n) => ({ matchId: uuid(n), item: item(n) }));
    const reply: Reply = {
      kind: "shortlist", requestId: uuid(0), round: 999, product: "argan oil", items,
      buttons: [...items.map((i) => [{ label: { key: "tg-btn-introduce", args: { seller: i.item.product.seller } }, command: { kind: "introduce" as const, matchId: i.matchId } }]),
        [{ label: { key: "tg-btn-introduce-top" }, command: { kind: "introduceTop" as const, requestId: uuid(0), round: 999 } }, { label: { key: "tg-btn-more" }, command: { kind: "more" as const, requestId: uuid(0), round: 999 } }]],
    };
    const out = renderReplies("fr", [reply]);
    expect(out.length).toBeGreaterThan(1);
    for (const m of out) {
      expect(m.text.length).toBeLessThanOrEqual(4096);
      expect(m.text.length).toBeGreaterThan(0);
    }
    expect(out.slice(0, -1).every((m) => !m.keyboard)).toBe(true);
    const rows = out.at(-1)!.keyboard!.inline_keyboard;
    expect(rows.flat()).toHaveLength(7);
    for (const b of rows.flat()) {
      expect(utf8Length((b as { callback_data: string }).callback_data)).toBeLessThanOrEqual(64);
      expect(b.text.length).toBeLessThanOrEqual(64);
    }
    // Every title made it across the parts.
    for (const n of [1, 2, 3, 4, 5]) expect(out.map((m) => m.text).join("\n")).toContain(`fine ${n}`);
  });

  it("never encodes a command no button can carry", () => {
    expect(() => encode({ kind: "counterText", introductionId: uuid(1), text: "12 EUR/kg" })).toThrow();
    expect(() => encode({ kind: "search", requestId: `${uuid(1)}${"x".repeat(30)}`, rev: "abcdef" })).toThrow();
  });
});
