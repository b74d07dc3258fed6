// A request no seller can fill (a product nobody lists, a certificate nobody holds for it) is told so
// plainly in the chat, with the nearest products — not asked to describe the product differently,
// which would send the buyer rephrasing a product that is simply not in the catalogs.
import { describe, expect, it } from "vitest";
import type { ConversationDeps, Reply } from "../../../src/core/conversation/index.js";
import { translate } from "../../../src/locales/index.js";
import { suggestionKey } from "../../../src/core/matching/renderReasons.js";
import type { Suggestion } from "../../../src/core/matching/matchRequest.js";
import { buyer, only, pressable, useWorld } from "./world.js";

let deps: ConversationDeps;
useWorld((w) => ({ deps } = w));

const detailOf = (replies: Reply[]) => {
  const r = only(replies, "notice");
  expect(r.msg.key).toBe("tg-shortlist-empty");
  return r.detail!;
};

describe("a request nothing fits", () => {
  it.each([
    ["en", "2 tonnes of sesame oil to Dubai", /^No seller in the catalog lists sesame oil yet\. The nearest products: (?:[^;]*oil[^;]*)(?:; [^;]*oil[^;]*)*\.$/i],
    ["fr", "2 tonnes d'huile de sésame pour Dubaï", /^Aucun vendeur du catalogue ne propose encore huile de sésame\. Les produits les plus proches : (?:[^;]*oil[^;]*)(?:; [^;]*oil[^;]*)*\.$/i],
  ] as const)("says no seller lists the product, and names the nearest of its kind (%s)", async (lang, text, said) => {
    const b = await buyer(deps, lang);
    const card = only(await b.say(text), "requestCard");
    const detail = detailOf(await b.press(pressable(card, "search")));
    expect(detail.key).toBe("suggest-no_fit-no_product");
    const words = translate(lang, detail);
    expect(words).toMatch(said);
    expect(words).not.toMatch(/soap|couscous|\{\$/i);
  });

  it.each([
    ["en", "2 tonnes of basmati rice to Dubai", "No seller in the catalog lists basmati rice yet."],
    ["fr", "2 tonnes de riz basmati pour Dubaï", "Aucun vendeur du catalogue ne propose encore riz basmati."],
  ] as const)("offers nothing as near when nothing shares a word with the request (%s)", async (lang, text, said) => {
    // The character n-gram vectors always bring up something; an unrelated product is no help.
    const b = await buyer(deps, lang);
    const card = only(await b.say(text), "requestCard");
    const detail = detailOf(await b.press(pressable(card, "search")));
    expect(detail.key).toBe("suggest-no_fit-no_product-none");
    expect(translate(lang, detail)).toBe(said);
  });

  it("says which certificate nobody holds for the product", async () => {
    const b = await buyer(deps, "en");
    const card = only(await b.say("500 L of kosher certified argan oil to Paris"), "requestCard");
    const detail = detailOf(await b.press(pressable(card, "search")));
    expect(detail.key).toBe("suggest-no_fit-no_certificate");
    expect(translate("en", detail)).toMatch(/^No seller of argan oil in the catalog holds kosher\. The nearest products, without it: .*argan/i);
  });
});

describe("the answer when what is near is near by the rest of the request", () => {
  it("says the product is not listed under that name and offers the alike products as such", () => {
    const s: Suggestion = { code: "no_fit", reason: "no_product", product: "two-by-fours", certs: [], near: ["SPF Dimension Lumber 2x4 #2 & Better"], alike: true };
    const { key, args } = suggestionKey(s);
    expect(key).toBe("suggest-no_fit-no_product-alike");
    expect(translate("en", { key, args })).toBe("No seller in the catalog lists two-by-fours under that name. These match the rest of your request: SPF Dimension Lumber 2x4 #2 & Better.");
    expect(suggestionKey({ ...s, alike: false }).key).toBe("suggest-no_fit-no_product");
  });
});
