import { describe, expect, it } from "vitest";
import { esc, requestCard, sellerMessage, splitText } from "../../../src/channels/telegram/render.js";
import { decode, encode } from "../../../src/channels/telegram/toCommand.js";
import { emptyRequest } from "../../../src/core/model.js";
import { createRateLimiter } from "../../../src/channels/telegram/rateLimit.js";

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
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
    expect(parts.some((p) => p.includes("&amp;"))).toBe(true);
    expect(splitText("short")).toEqual(["short"]);
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
});
