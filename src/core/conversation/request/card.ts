// After each change to a request: the next clarifying question, or the card with its buttons when
// nothing is missing.
import { nextQuestion, type ClarifyInput } from "../../extraction/clarify.js";
import { setState, type Turn } from "../deps.js";
import { IDLE } from "../state.js";
import { button, question, type Keyboard, type Reply } from "../replies.js";
import type { StructuredRequest } from "../../model.js";
import { revisionOf } from "./revision.js";

export function cardButtons(requestId: string, request: StructuredRequest): Keyboard {
  const rev = revisionOf(request);
  return [
    [button("tg-btn-search", { kind: "search", requestId, rev })],
    [button("tg-btn-edit", { kind: "edit", requestId, rev }), button("tg-btn-cancel", { kind: "cancelRequest", requestId })],
  ];
}

export function askOrShow(turn: Turn, requestId: string, input: ClarifyInput, prefix?: Reply[]): Reply[] {
  const q = nextQuestion(input);
  if (q) {
    setState(turn, { mode: "clarify", requestId, question: q });
    return [...(prefix ?? []), question(q.key, q.params)];
  }
  setState(turn, IDLE);
  return [...(prefix ?? []), { kind: "requestCard", requestId, request: input.request, buttons: cardButtons(requestId, input.request) }];
}
