// Splitting and fitting text to Discord's limits: nothing lost, no part over the limit, no lone
// surrogate, no markdown escape split from what it escapes; embeds within every limit and 6,000 total.
import { describe, expect, it } from "vitest";
import { LIMITS, embedSize, fitEmbed, splitContent } from "../../../src/channels/discord/limits.js";
import { isWellFormed } from "../../../src/core/textCut.js";
import { embedRefusal } from "./discordRules.js";

describe("splitContent", () => {
  it("keeps short text whole", () => {
    expect(splitContent("hello")).toEqual(["hello"]);
    expect(splitContent("")).toEqual([""]);
  });

  it("splits at line breaks, then spaces, and loses nothing", () => {
    const text = Array.from({ length: 120 }, (_, i) => `line ${i} ${"word ".repeat(i % 9)}`).join("\n");
    const parts = splitContent(text, 200);
    expect(parts.join("")).toBe(text);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(200);
    // Every part but the last ends at a line break.
    for (const p of parts.slice(0, -1)) expect(p.endsWith("\n")).toBe(true);
  });

  it("never cuts an emoji in half or a backslash from the character it escapes", () => {
    for (let shift = 0; shift < 4; shift++) {
      const text = "x".repeat(shift) + "🫒\\*".repeat(1500);
      const parts = splitContent(text, LIMITS.content);
      expect(parts.join("")).toBe(text);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(LIMITS.content);
        expect(isWellFormed(p)).toBe(true);
        // An odd run of trailing backslashes would escape the next part's first character away.
        expect((/\\+$/.exec(p)?.[0].length ?? 0) % 2).toBe(0);
      }
    }
  });
});

describe("fitEmbed", () => {
  it("fits every part and the 6,000 total, cutting on code points", () => {
    const long = (n: number) => "🌍a".repeat(n);
    const e = fitEmbed({
      title: long(300), description: long(3000), footer: { text: long(1500) },
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `${i} ${long(200)}`, value: long(800) })),
    });
    expect(embedRefusal(e as Record<string, unknown>, "embed")).toBeNull();
    expect(embedSize(e)).toBeLessThanOrEqual(6000);
    expect(e.fields).toHaveLength(25);
    for (const s of [e.title, e.description, e.footer?.text, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]) expect(isWellFormed(s ?? "")).toBe(true);
  });

  it("leaves an embed within the limits as it is", () => {
    const e = { title: "New lead: argan oil", fields: [{ name: "Quantity", value: "2000 kg", inline: true }], footer: { text: "Status: new" } };
    expect(fitEmbed(e)).toEqual(e);
  });
});
