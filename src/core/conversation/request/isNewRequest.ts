// Typed while a question is pending, is this an answer or a whole new request? A new request when
// it opens like one ("actually…", "new request", "autre demande") or names a product other than
// the pending one together with a quantity or a destination.
import { analyzeRequest } from "../../extraction/rulesParser.js";
import { foldText } from "../../textFold.js";
import type { StructuredRequest } from "../../model.js";

const OPENERS = /^\s*(?:actually|in fact|instead|new request|another request|a new request|autre demande|nouvelle demande|une autre demande|en fait|finalement|plut[oô]t)\b/i;

export function isNewRequest(text: string, pending: StructuredRequest, now: string): boolean {
  if (OPENERS.test(text)) return true;
  const r = analyzeRequest(text, { now }).request;
  if (!r.product || !(r.quantity || r.destination)) return false;
  return !pending.product || foldText(r.product) !== foldText(pending.product);
}
