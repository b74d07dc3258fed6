import { describe, expect, it } from "vitest";
import type { ConversationDeps } from "../../../src/core/conversation/index.js";
import { buyer, keys, only, pressable, useWorld } from "./world.js";

let deps: ConversationDeps;
useWorld((w) => ({ deps } = w));

const status = async (requestId: string) => (await deps.requests.load(requestId))?.status;

describe.each([
  { lang: "en" as const, hi: "hi", product: "olive oil", qty: "1 container", place: "Montreal", cancel: "cancel", fresh: "actually I need 3 t of couscous to Dakar", opener: "new request: argan oil" },
  { lang: "fr" as const, hi: "bonjour", product: "huile d'olive", qty: "1 conteneur", place: "Montréal", cancel: "annuler", fresh: "en fait il me faut 3 t de couscous pour Dakar", opener: "autre demande : huile d'argan" },
])("buyer conversation ($lang)", ({ lang, hi, product, qty, place, cancel, fresh, opener }) => {
  it("searches the product given in an answer, with the quantity and destination given after", async () => {
    const b = await buyer(deps, lang);
    expect(keys(await b.say(hi))).toEqual(["clarify-product"]);
    expect(keys(await b.say(product))).toEqual(["clarify-quantity"]);
    expect(keys(await b.say(qty))).toEqual(["clarify-destination"]);
    const card = only(await b.say(place), "requestCard");
    expect(card.request.product).toMatch(/olive/);
    expect(card.request.quantity).not.toBeNull();
    expect(card.request.destination?.country).toBe("CA");
    const list = only(await b.press(pressable(card, "search")), "shortlist");
    // The oils first: the decoys (soap, couscous) are not what the buyer asked for.
    expect(list.items[0]!.item.product.title).toMatch(/virgin olive oil/i);
    expect(list.items.map((i) => i.item.product.title).join()).not.toMatch(/couscous/i);
  });

  it(`"${cancel}" cancels the pending question instead of answering it`, async () => {
    const b = await buyer(deps, lang);
    const q = await b.say(`${product}`);
    expect(keys(q)).toEqual(["clarify-quantity"]);
    expect(keys(await b.say(cancel))).toEqual(["tg-cancelled"]);
    expect(keys(await b.say(cancel))).toEqual(["tg-nothing-to-cancel"]);
    // The abandoned draft does not count against the open-request limit.
    const [draft] = await deps.requests.list(b.ref.buyerId, 5);
    expect(draft!.status).toBe("cancelled");
  });

  it("takes typed commands over a pending question: /language, /new", async () => {
    const b = await buyer(deps, lang);
    expect(keys(await b.say(product))).toEqual(["clarify-quantity"]);
    const other = lang === "en" ? "fr" : "en";
    expect(await b.say(`/language ${other}`)).toEqual([{ kind: "languageSet", language: other }]);
    expect(keys(await b.say("/new"))).toEqual(["tg-new"]);
    expect(keys(await b.say(qty))).not.toContain("clarify-destination");
  });

  it("starts a new request when a whole one is typed mid-question, and drops the unfinished one", async () => {
    const b = await buyer(deps, lang);
    expect(keys(await b.say(`${product} please`))).toEqual(["clarify-quantity"]);
    const [first] = await deps.requests.list(b.ref.buyerId, 1);
    const card = only(await b.say(fresh), "requestCard");
    expect(card.request.product).toMatch(/couscous/);
    expect(card.requestId).not.toBe(first!.id);
    expect(await status(first!.id)).toBe("cancelled");
    // An explicit opener starts a new request even without quantity or destination.
    expect(keys(await b.say(opener))).toEqual(["clarify-quantity"]);
    expect((await deps.requests.list(b.ref.buyerId, 1))[0]!.product).toMatch(/argan/);
  });

  it("[Search] pressed again on a shortlisted request points to that shortlist and offers more, making no new round", async () => {
    const b = await buyer(deps, lang);
    const card = only(await b.say(`${product} 2000 l ${lang === "en" ? "to" : "pour"} ${place}`), "requestCard");
    const first = only(await b.press(pressable(card, "search")), "shortlist");
    const again = only(await b.press(pressable(card, "search")), "notice");
    expect(again.msg.key).toBe("tg-already-searched");
    expect(pressable(again, "more")).toEqual({ kind: "more", requestId: card.requestId, round: first.round });
    expect(await deps.matches.latestRound(card.requestId)).toBe(first.round);
    // Another buyer pressing it learns nothing about the request.
    expect(await (await buyer(deps, lang)).press(pressable(card, "search"))).toEqual([{ kind: "notice", msg: { key: "tg-stale" }, brief: true }]);
  });

  it("refuses a stale card: [Search] on a card the buyer has since edited", async () => {
    const b = await buyer(deps, lang);
    const card = only(await b.say(`${product} 2000 l ${lang === "en" ? "to" : "pour"} Dakar`), "requestCard");
    expect(keys(await b.press(pressable(card, "edit")))).toEqual(["tg-edit-prompt"]);
    const edited = only(await b.say(`${product} 5000 l ${lang === "en" ? "to" : "pour"} Dakar`), "requestCard");
    expect(edited.requestId).toBe(card.requestId);
    const old = await b.press(pressable(card, "search"));
    expect(old).toEqual([{ kind: "notice", msg: { key: "tg-stale" }, brief: true }]);
    expect(await status(card.requestId)).toBe("ready");
    expect(keys(await b.press(pressable(edited, "search")))).toEqual(["shortlist"]);
  });

  it("lists open requests with a [Cancel] each, and cancels one", async () => {
    const b = await buyer(deps, lang);
    const card = only(await b.say(`${product} 2000 l ${lang === "en" ? "to" : "pour"} Dakar`), "requestCard");
    const list = only(await b.say("/requests"), "requests");
    expect(list.items.map((i) => i.requestId)).toContain(card.requestId);
    const cancelIt = pressable(list, "cancelRequest");
    expect(cancelIt.requestId).toBe(card.requestId);
    expect(keys(await b.press(cancelIt))).toEqual(["tg-request-cancelled"]);
    expect(await status(card.requestId)).toBe("cancelled");
    // Pressed again: out of date, nothing changes.
    expect(keys(await b.press(cancelIt))).toEqual(["tg-stale"]);
    expect(only(await b.say("/requests"), "requests").buttons).toEqual([]);
  });
});
