// The buyer side of the playground, as Telegram's bot does it: free text → a structured request
// (one clarifying question at a time) → [Search suppliers] → shortlist (shortlist.ts) →
// [Introduce] → deals core; then quotes, messages and contacts in each thread (contacts.ts).
// Answers are bubbles; the seller's replies arrive later over SSE.
import { t } from "../../locales/index.js";
import { assertCanOpenRequest } from "../../core/deals/antiSpam.js";
import { acceptQuote, askSeller, buyerSays, counterOffer, declineIntroduction, getBuyerThread, type DealDeps } from "../../core/deals/index.js";
import { clarifyInputFor, mergeAnswer, nextQuestion, renderQuestion, type ClarifyingQuestion, type ClarifyInput } from "../../core/extraction/clarify.js";
import type { CoreDeps } from "../../wiring.js";
import { createRequest, loadRequest, updateRequest } from "../../adapters/db/requestStore.js";
import { botText, requestCard, shareContactButton, type Bubble, type BuyerAction } from "./bubbles.js";
import { buyerShareContact } from "./contacts.js";
import { introduceOne, introduceTop, search } from "./shortlist.js";
import { HttpError } from "./httpError.js";
import { actorOf, ensureBuyer, loadChatState, saveChatState } from "./session.js";

export interface PlaygroundDeps {
  core: CoreDeps;
  deals: DealDeps;
}

const today = (deps: PlaygroundDeps) => deps.core.clock.now().toISOString().slice(0, 10);

async function askOrShow(deps: PlaygroundDeps, session: string, requestId: string, input: ClarifyInput, lang: string): Promise<Bubble[]> {
  const q = nextQuestion(input);
  if (q) {
    await saveChatState(deps.core.db, session, { mode: "clarify", requestId, question: q });
    return [botText(renderQuestion(q, lang))];
  }
  await saveChatState(deps.core.db, session, { mode: "idle" });
  return [requestCard(requestId, input.request)];
}

/** A text typed in the buyer chat: an answer to the pending question, or a new request. */
export async function buyerMessage(deps: PlaygroundDeps, session: string, text: string): Promise<Bubble[]> {
  const buyer = await ensureBuyer(deps.core.db, session);
  const lang = buyer.language;
  const state = await loadChatState(deps.core.db, session);
  if (state.mode === "clarify") {
    const loaded = await loadRequest(deps.core.db, state.requestId);
    if (loaded && loaded.buyerId === buyer.id && ["draft", "ready"].includes(loaded.status)) {
      const question = state.question as ClarifyingQuestion;
      const merged = mergeAnswer({ ...loaded.request, language: lang }, question, text, { now: today(deps) });
      if (!merged.understood) return [botText(`${t(lang, "clarify-not-understood")} ${renderQuestion(question, lang)}`)];
      const request = merged.split?.[0] ?? merged.request;
      await updateRequest(deps.core.db, loaded.id, request);
      return askOrShow(deps, session, loaded.id, { request }, lang);
    }
  }
  await assertCanOpenRequest(deps.deals, actorOf(session));
  const parsed = await deps.core.parser.parse(text, { now: today(deps) });
  const request = { ...parsed, language: lang };
  const requestId = await createRequest(deps.core.db, buyer.id, text, request);
  return askOrShow(deps, session, requestId, clarifyInputFor(text, request, { now: today(deps) }), lang);
}

export async function buyerAction(deps: PlaygroundDeps, session: string, action: BuyerAction): Promise<Bubble[]> {
  // The core knows buyers by their row: a page's first click may come before its first message.
  await ensureBuyer(deps.core.db, session);
  const actor = actorOf(session);
  switch (action.type) {
    case "search":
      return search(deps, session, action.requestId);
    case "more":
      return search(deps, session, action.requestId, true);
    case "introduce":
      return introduceOne(deps, session, action.matchId);
    case "introduce_top":
      return introduceTop(deps, session, action.requestId, action.round);
    case "accept": {
      const r = await acceptQuote(deps.deals, actor, { quoteId: action.quoteId });
      // The natural moment to exchange contacts; the buyer still decides whether to.
      return [{
        ...botText("Quote accepted. The seller has been told; keep talking about logistics with Reply on their messages, or share your contact."),
        buttons: [shareContactButton(r.introductionId, await sellerOf(deps, session, r.introductionId))],
      }];
    }
    case "contact":
      return buyerShareContact(deps, session, action.introductionId, action.text);
    case "decline": {
      await declineIntroduction(deps.deals, actor, { introductionId: action.introductionId, reason: "other" });
      return [botText("Closed. The seller has been told.")];
    }
    // As on Telegram: a reply is a plain message, [Ask] a question, [Counter] a price and/or quantity.
    case "reply":
      await buyerSays(deps.deals, actor, { introductionId: action.introductionId, text: action.text });
      return [botText(`Sent to ${await sellerOf(deps, session, action.introductionId)}.`)];
    case "ask":
      await askSeller(deps.deals, actor, { introductionId: action.introductionId, text: action.text });
      return [botText(`Question sent to ${await sellerOf(deps, session, action.introductionId)}.`)];
    case "counter":
      return counter(deps, session, action.introductionId, action.text);
  }
}

const sellerOf = async (deps: PlaygroundDeps, session: string, introductionId: string) =>
  (await getBuyerThread(deps.deals, actorOf(session), { introductionId })).seller.name;

/** The counter-offer's text read by the same parser as requests ("16 EUR/kg", "3 t"), as Telegram does. */
async function counter(deps: PlaygroundDeps, session: string, introductionId: string, text: string): Promise<Bubble[]> {
  const parsed = await deps.core.parser.parse(text, { now: today(deps) });
  const price = parsed.targetPrice ? { amount: parsed.targetPrice.amount, currency: parsed.targetPrice.currency, per: parsed.targetPrice.per } : null;
  const quantity = parsed.quantity;
  // A 400 keeps the page in counter mode with the text, so the buyer can rephrase.
  if (!price && !quantity) throw new HttpError(400, "I could not read a price or a quantity. Try “16 EUR/kg” or “3 t”.");
  await counterOffer(deps.deals, actorOf(session), { introductionId, price, quantity, note: text });
  return [botText(`Counter-offer sent to ${await sellerOf(deps, session, introductionId)}.`)];
}
