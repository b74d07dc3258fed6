// The shortlist a buyer scans, through the real bot with every Bot API call checked against what
// Telegram refuses (strict fake): each item's title first, then ✓/✗/? lines for price against the
// target (converted), MOQ and pack (tonnes want the drum first), lead time against the deadline,
// certificates and ships-to — in English and in French, escaped, every message ≤ 4096.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CoreDeps } from "../../../src/wiring.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import type { TestDb } from "../../helpers/testDb.js";
import { row } from "../../helpers/catalogFiles.js";
import { Harness, buttons, seededCore, texts } from "./harness.js";

let t: TestDb;
let core: CoreDeps;
let deals: DealDeps;
let userSeq = 778100;
beforeAll(async () => {
  ({ t, core, deals } = await seededCore([
    row("Atlas Argan", "AA-DRUM", "Organic argan oil – 200 L drum", { moq: 400, unit: "kg", price_min: 14, price_max: 16, currency: "EUR", lead_time_days: 30, certifications: "organic;ecocert", ships_to: "NL;FR" }),
    row("Souss <b>Oils</b> & Co", "SO-BTL", "Organic argan oil – 100 mL bottle", { moq: 500, unit: "pcs", price_min: 150, price_max: 180, currency: "MAD", lead_time_days: 120, certifications: "organic", ships_to: "US" }),
    row("Tiznit Gold", "TG-JC", "Organic argan oil – 25 L jerrycan", { moq: 5, unit: "t", price_min: "", price_max: "", currency: "", lead_time_days: "", certifications: "", ships_to: "" }),
  ]));
}, 120_000);
afterAll(async () => t?.cleanup());

async function shortlistFor(lang: string, text: string): Promise<{ h: Harness; list: string }> {
  const h = new Harness(core, deals, { id: userSeq++, is_bot: false, first_name: "Zoé", language_code: lang });
  const card = await h.say(text);
  const search = buttons(card).find((b) => b.data.startsWith("rs:"));
  expect(search, texts(card).join("\n")).toBeDefined();
  const shortlist = await h.send(h.press(search!.data));
  return { h, list: texts(shortlist).join("\n") };
}

describe("the Telegram shortlist, fact by fact", () => {
  it("in English: title first, the drum first for 2 t, every fact as a ✓/✗/? line", async () => {
    const { h, list } = await shortlistFor("en", "2 t of organic argan oil to Rotterdam, max 16 EUR/kg, before 1 March 2027");
    const items = list.split("\n\n").slice(1);
    expect(items).toHaveLength(3);
    expect(items[0]!.split("\n")[0]).toBe("<b>1. Organic argan oil – 200 L drum</b>");
    expect(items[0]).toContain("<i>Atlas Argan (MA)</i>");
    expect(items[0]).toContain("✓ 14–16 EUR/kg, under your 16 EUR/kg");
    expect(items[0]).toContain("✓ MOQ 400 kg fits your 2 t · pack: 200 L drum");
    expect(items[0]).toContain("✓ 30 days, before your 1 March deadline");
    expect(items[0]).toContain("✓ certified organic");
    expect(items[0]).toContain("✓ ships to Netherlands");
    const bottle = items.find((i) => i.includes("100 mL bottle"))!;
    // Seller text is escaped; bottles are a retail pack for 2 t.
    expect(bottle).toContain("Souss &lt;b&gt;Oils&lt;/b&gt; &amp; Co");
    expect(bottle).toContain("✗ 120 days, after your deadline (1 March)");
    expect(bottle).toContain("✗ does not ship to Netherlands");
    // 150–180 MAD a 100 mL bottle: ≈ 151–182 EUR/kg once per litre, per kg and in euros.
    expect(bottle).toMatch(/^✗ 151\.\d\d–181\.\d\d EUR\/kg, above your target of 16 EUR\/kg$/m);
    expect(bottle).toContain("a retail pack for this quantity");
    const jerrycan = items.find((i) => i.includes("25 L jerrycan"))!;
    expect(jerrycan).toContain("? price not stated");
    expect(jerrycan).toContain("✗ MOQ 5 t, above your 2 t");
    expect(jerrycan).toContain("? lead time not stated");
    expect(jerrycan).toContain("✗ not certified organic (holds: —)");
    expect(jerrycan).toContain("? export markets not stated (Netherlands?)");
    // The drum comes before the bottle: tonnes want bulk packs.
    expect(list.indexOf("200 L drum")).toBeLessThan(list.indexOf("100 mL bottle"));
    expect(h.violations).toEqual([]);
  });

  it("in French: the same lines, translated, with the container assumption said", async () => {
    const { h, list } = await shortlistFor("fr", "huile d'argan bio, 1 conteneur 40 pieds, pour Rotterdam, avant le 1 mars 2027");
    expect(list).toContain("<b>1. Organic argan oil – 200 L drum</b>");
    const n = (x: number) => new Intl.NumberFormat("fr").format(x); // French groups thousands with a narrow space
    expect(list).toContain(`✓ MOQ 400 kg compatible avec vos 1 × 40 pieds (en comptant 1 × 40 pieds ≈ 20–26 t ou ${n(20000)}–${n(26000)} L de liquide) · conditionnement : 200 L fût`);
    expect(list).toContain("✓ 30 jours, avant votre échéance du 1 mars");
    expect(list).toContain("✗ n'exporte pas vers : Pays-Bas");
    expect(list).toContain("• prix 14–16 EUR/kg");
    expect(h.violations).toEqual([]);
    for (const c of h.calls.filter((x) => x.method === "sendMessage")) expect(String(c.payload.text).length).toBeLessThanOrEqual(4096);
  });
});
