// The buyer bot on a catalog of long, emoji- and markup-laden rows, every Bot API call checked
// against what Telegram refuses (test/helpers/strictTelegram.ts): text over 4,096 after entity
// parsing, broken HTML, lone surrogates, callback_data over 64 bytes. The shortlist, the
// introductions, /threads and a seller's long quote all go out with no violation and no lost text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitQuote } from "../../../src/core/deals/index.js";
import type { CoreDeps } from "../../../src/wiring.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import type { TestDb } from "../../helpers/testDb.js";
import { row } from "../../helpers/catalogFiles.js";
import { Harness, buttons, seededCore, sellerActor, texts, validQuote } from "./harness.js";

// 🌿 sits across every cut a naive slice would make; markup must arrive as text.
const longName = (i: number) => `${i} ${"Coopérative <b>Argan</b> & Fils 🌿 ".repeat(6)}`.slice(0, 190);
const longTitle = (i: number) => `Organic argan oil ${i} ${"cold-pressed 🌿 <i>virgin</i> & pure, ".repeat(8)}`.slice(0, 300);

let t: TestDb;
let core: CoreDeps;
let deals: DealDeps;
beforeAll(async () => {
  ({ t, core, deals } = await seededCore(Array.from({ length: 8 }, (_, i) =>
    row(longName(i), `AR-${i}`, longTitle(i), { certifications: "organic;ecocert;halal;kosher;iso-22000;haccp;brc;ifs", ships_to: "*", moq: 100 + i }))));
}, 120_000);
afterAll(async () => t?.cleanup());

describe("Telegram limits on a hostile catalog", () => {
  it("sends the shortlist, introductions, /threads and a long quote with no call Telegram would refuse", async () => {
    const h = new Harness(core, deals, { id: 777900, is_bot: false, first_name: "Zoé 🌿", language_code: "en" });
    const card = await h.say("2 t of organic argan oil to Rotterdam");
    const search = buttons(card).find((b) => b.data.startsWith("rs:"))!;
    const shortlist = await h.send(h.press(search.data));
    const list = texts(shortlist).join("\n");
    expect(list).toContain("&lt;b&gt;Argan&lt;/b&gt; &amp; Fils 🌿");
    const top = buttons(shortlist).find((b) => b.data.startsWith("it:"))!;
    expect(texts(await h.send(h.press(top.data))).join()).toMatch(/contacted/i);
    expect(texts(await h.say("/threads")).length).toBeGreaterThan(0);

    const intro = await core.db.prisma.introduction.findFirstOrThrow({ where: { request: { buyer: { externalId: String(h.user.id) } } }, include: { seller: true } });
    const seller = await sellerActor(core, intro.seller.name);
    await submitQuote(deals, seller, { introductionId: intro.id, quote: { ...validQuote, notes: "🌿 <b>bulk</b> & drums. ".repeat(40), paymentTerms: "30% deposit 🌿 & rest <u>at</u> B/L" } });
    const before = h.calls.length;
    expect(await h.drain()).toBeGreaterThan(0);
    const delivered = texts(h.calls.slice(before)).join("\n");
    expect(delivered).toContain("&lt;b&gt;bulk&lt;/b&gt; &amp; drums");

    expect(h.violations).toEqual([]);
    // Every sendMessage fits: the checks above would have refused a longer one.
    for (const c of h.calls.filter((x) => x.method === "sendMessage")) expect(String(c.payload.text).length).toBeLessThanOrEqual(4096);
  });
});
