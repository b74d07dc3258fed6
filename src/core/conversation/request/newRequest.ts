// Free text → a new sourcing request: anti-spam limits first, then the parser, then the first
// question or the card. A message in another language Caravan speaks switches the chat to it; one
// in a language it cannot read gets a note instead of a question.
import { assertCanOpenRequest } from "../../deals/antiSpam.js";
import { clarifyInputFor } from "../../extraction/clarify.js";
import { today, type Turn } from "../deps.js";
import type { Reply } from "../replies.js";
import { askOrShow } from "./card.js";
import { fallbackLanguageReplies, followMessageLanguage, unsupportedLanguageReplies } from "./messageLanguage.js";

export async function newRequest(turn: Turn, text: string): Promise<Reply[]> {
  const { deps, buyer } = turn;
  // A redone turn whose first run already made the request: the quota counted it then.
  const made = turn.key === undefined ? null : await deps.requests.byClientKey(buyer.buyerId, turn.key);
  if (!made) await assertCanOpenRequest(deps.deals, buyer.actor);
  const parsed = await deps.match.parser.parse(text, { now: today(turn) });
  // Nothing is stored for a message Caravan cannot read: the buyer is told which languages work.
  const unreadable = unsupportedLanguageReplies(turn, parsed.language);
  if (unreadable) return unreadable;
  // Understood but no locale (an LLM reading Portuguese): English, said plainly; else the message's own language.
  const fallback = await fallbackLanguageReplies(turn, parsed.language);
  const switched = fallback.length ? fallback : await followMessageLanguage(turn, parsed.language);
  const request = { ...parsed, language: buyer.lang };
  const id = await deps.requests.create(buyer.buyerId, text, request, turn.key);
  return [...switched, ...(await askOrShow(turn, id, clarifyInputFor(text, request, { now: today(turn) })))];
}

/** The [Edit] mode's text: replaces the request, if it is still this buyer's and not searched yet. */
export async function editedRequest(turn: Turn, requestId: string, text: string): Promise<Reply[]> {
  const { deps, buyer } = turn;
  const loaded = await deps.requests.load(requestId);
  if (!loaded || loaded.buyerId !== buyer.buyerId || !["draft", "ready"].includes(loaded.status)) return newRequest(turn, text);
  const parsed = await deps.match.parser.parse(text, { now: today(turn) });
  const request = { ...parsed, language: buyer.lang };
  await deps.requests.update(requestId, request, text);
  return askOrShow(turn, requestId, clarifyInputFor(text, request, { now: today(turn) }));
}
