// The buttons of a quote card: [Accept], [Decline], [Counter] (the next text is the counter-offer).
import { acceptQuote, declineIntroduction, declineQuote, getBuyerThread } from "../../deals/index.js";
import { CoreError } from "../../errors.js";
import { setState, type Turn } from "../deps.js";
import { button, notice, question, type Reply } from "../replies.js";

/** The quote's thread, checked to be this buyer's (the core refuses another buyer's). */
async function quoteThread(turn: Turn, quoteId: string) {
  const q = await turn.deps.deals.deals.transact((tx) => tx.getQuote(quoteId));
  if (!q) throw new CoreError("not_found", `quote ${quoteId} not found`, { entity: "quote" });
  const thread = await getBuyerThread(turn.deps.deals, turn.buyer.actor, { introductionId: q.introductionId });
  return { introductionId: q.introductionId, sellerName: thread.seller.name };
}

export const shareButton = (introductionId: string) => button("tg-btn-share-contact", { kind: "shareContact", introductionId });

export async function accept(turn: Turn, quoteId: string): Promise<Reply[]> {
  const { sellerName, introductionId } = await quoteThread(turn, quoteId);
  await acceptQuote(turn.deps.deals, turn.buyer.actor, { quoteId });
  // The natural moment to exchange contacts; the buyer still decides whether to.
  return [notice("tg-accepted", { seller: sellerName }, { buttons: [[shareButton(introductionId)]] })];
}

export async function decline(turn: Turn, quoteId: string): Promise<Reply[]> {
  const { sellerName } = await quoteThread(turn, quoteId);
  await declineQuote(turn.deps.deals, turn.buyer.actor, { quoteId, reason: "other" });
  return [notice("tg-declined", { seller: sellerName })];
}

export async function declineThread(turn: Turn, introductionId: string): Promise<Reply[]> {
  const thread = await getBuyerThread(turn.deps.deals, turn.buyer.actor, { introductionId });
  await declineIntroduction(turn.deps.deals, turn.buyer.actor, { introductionId, reason: "other" });
  return [notice("tg-declined", { seller: thread.seller.name })];
}

export async function startCounter(turn: Turn, quoteId: string): Promise<Reply[]> {
  const q = await quoteThread(turn, quoteId);
  setState(turn, { mode: "counter", quoteId, ...q });
  return [question("tg-counter-prompt")];
}
