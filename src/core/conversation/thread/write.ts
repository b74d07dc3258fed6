// Writing to a seller: a reply to a relayed message, [Ask] / [Write] then the text, or the text
// at once (the playground's composer), and counter-offers read by the request parser.
import { askSeller, buyerSays, counterOffer, getBuyerThread, threadForReply } from "../../deals/index.js";
import { setState, today, type Turn } from "../deps.js";
import { IDLE } from "../state.js";
import { notice, question, type Reply } from "../replies.js";
import { isCoreError } from "../../errors.js";

/**
 * Runs a keyed write; the same key refused as a duplicate delivery means this very input was
 * written before (a Telegram update redone after its handler died): that is the success it had.
 */
async function writeOnce(clientKey: string | undefined, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (e) {
    if (!(clientKey && isCoreError(e) && e.code === "already_done" && e.details.reason === "duplicate")) throw e;
  }
}

export async function sendToThread(turn: Turn, introductionId: string, sellerName: string, text: string, asks: boolean, clientKey?: string): Promise<Reply[]> {
  const input = { introductionId, text, ...(clientKey ? { clientKey } : {}) };
  await writeOnce(clientKey, () => (asks ? askSeller(turn.deps.deals, turn.buyer.actor, input) : buyerSays(turn.deps.deals, turn.buyer.actor, input)));
  if (turn.state.mode !== "idle") setState(turn, IDLE);
  return [notice("tg-message-sent", { seller: sellerName })];
}

/** [Ask] / [Write]: with text, sends it; without, the next text goes to that seller. */
export async function startWrite(turn: Turn, introductionId: string, asks: boolean, text?: string): Promise<Reply[]> {
  const thread = await getBuyerThread(turn.deps.deals, turn.buyer.actor, { introductionId });
  if (text) return sendToThread(turn, introductionId, thread.seller.name, text, asks);
  setState(turn, { mode: "write", introductionId, sellerName: thread.seller.name, question: asks });
  return [question("tg-ask-prompt", { seller: thread.seller.name })];
}

/** A reply to a relayed seller message goes to that seller's thread; null when it is not one. */
export async function routeReply(turn: Turn, platformMessageId: string, text: string, clientKey?: string): Promise<Reply[] | null> {
  const thread = await threadForReply(turn.deps.deals, turn.buyer.actor, { platformMessageId });
  if (!thread) return null;
  return sendToThread(turn, thread.introductionId, thread.sellerName, text, false, clientKey);
}

export async function counterText(turn: Turn, introductionId: string, text: string, clientKey?: string): Promise<Reply[]> {
  const parsed = await turn.deps.match.parser.parse(text, { now: today(turn) });
  const price = parsed.targetPrice ? { amount: parsed.targetPrice.amount, currency: parsed.targetPrice.currency, per: parsed.targetPrice.per } : null;
  const quantity = parsed.quantity;
  // The counter mode stays, so the buyer can rephrase (or cancel).
  if (!price && !quantity) return [notice("tg-counter-not-understood", undefined, { level: "error" })];
  const thread = await getBuyerThread(turn.deps.deals, turn.buyer.actor, { introductionId });
  await writeOnce(clientKey, () => counterOffer(turn.deps.deals, turn.buyer.actor, { introductionId, price, quantity, note: text, ...(clientKey ? { clientKey } : {}) }));
  if (turn.state.mode !== "idle") setState(turn, IDLE);
  return [notice("tg-counter-sent", { seller: thread.seller.name })];
}
