// Text while a clarifying question is pending: usually the answer, merged into the request
// (touching only what was asked, filling gaps with what was volunteered); but a whole new request
// typed instead replaces the unfinished one.
import { mergeAnswer } from "../../extraction/clarify.js";
import { today, type Turn } from "../deps.js";
import { asQuestion, type ChatState } from "../state.js";
import { question, type Reply } from "../replies.js";
import { askOrShow } from "./card.js";
import { isNewRequest } from "./isNewRequest.js";
import { newRequest } from "./newRequest.js";

export async function answerQuestion(turn: Turn, state: Extract<ChatState, { mode: "clarify" }>, text: string): Promise<Reply[]> {
  const { deps, buyer } = turn;
  const loaded = await deps.requests.load(state.requestId);
  if (!loaded || loaded.buyerId !== buyer.buyerId || !["draft", "ready"].includes(loaded.status)) return newRequest(turn, text);
  if (isNewRequest(text, loaded.request, today(turn))) {
    // The unfinished request is dropped, so it does not count against the open-request limit.
    await deps.requests.cancel(buyer.buyerId, loaded.id);
    return newRequest(turn, text);
  }
  const q = asQuestion(state.question);
  const merged = mergeAnswer({ ...loaded.request, language: buyer.lang }, q, text, { now: today(turn) });
  if (!merged.understood) return [question(q.key, q.params, { prefix: { key: "clarify-not-understood" } })];
  // "Yes, one request per product": this request keeps the first product; the buyer sends the others after.
  const request = merged.split?.[0] ?? merged.request;
  // The words the search reads must hold the product: when the first message had none ("hi"), the answer that named it replaces them.
  const rawText = q.kind === "product" && !loaded.request.product ? text : undefined;
  await deps.requests.update(loaded.id, request, rawText);
  return askOrShow(turn, loaded.id, { request });
}
