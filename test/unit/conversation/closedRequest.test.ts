// The sequence that once crashed the playground (issue 13): Introduce top 3, a seller quotes, the
// buyer accepts, then presses Introduce top 3 again. Every step answers with a sentence that has
// all its words: no placeholder, no generic apology.
import { describe, expect, it } from "vitest";
import type { ConversationDeps, Reply } from "../../../src/core/conversation/index.js";
import { submitQuote } from "../../../src/core/deals/index.js";
import { translate } from "../../../src/locales/index.js";
import type { TestDb } from "../../helpers/testDb.js";
import { buyer, keys, only, pressable, useWorld } from "./world.js";

let t0: TestDb;
let deps: ConversationDeps;
useWorld((w) => ({ t: t0, deps } = w));

const quote = { unitPrice: "13.2", currency: "EUR", unit: "l", moq: 1000, moqUnit: "l", leadTimeDays: 21, incoterm: "CIF", incotermPlace: "Montreal", validUntil: "2027-02-28" };
const words = (lang: string, r: Reply) => (r.kind === "notice" ? translate(lang, r.msg) : "");

describe.each(["en", "fr"] as const)("a closed request (%s)", (lang) => {
  it("answers Introduce top 3 after an accepted quote with a plain sentence", async () => {
    const b = await buyer(deps, lang);
    const card = only(await b.say("2 t olive oil to Montreal"), "requestCard");
    const top = pressable(only(await b.press(pressable(card, "search")), "shortlist"), "introduceTop");
    expect(keys(await b.press(top))).toEqual(["tg-introduced"]);
    const intro = await t0.db.prisma.introduction.findFirstOrThrow({ where: { requestId: card.requestId }, include: { seller: true } });
    const member = await t0.db.prisma.sellerMember.create({ data: { sellerId: intro.sellerId, platform: "discord", externalId: `m-${intro.id}`, displayName: "sales" } });
    const q = await submitQuote(deps.deals, { platform: "discord", userId: member.externalId }, { introductionId: intro.id, quote });
    expect(keys(await b.press({ kind: "accept", quoteId: q.quote.quoteId }))).toEqual(["tg-accepted"]);
    const again = await b.press(top);
    expect(keys(again)).toEqual(["deal-error-illegal_transition-request_closed"]);
    expect(words(lang, again[0]!)).not.toMatch(/\{\$|deal-error/);
  });
});
