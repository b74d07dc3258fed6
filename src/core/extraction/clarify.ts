// The clarifying step: pick the one question whose answer helps most, say it in the buyer's
// language, and fold the buyer's answer back into the request, touching only what was asked.
import { t } from "../../locales/index.js";
import { missingFacts, type Quantity, type StructuredRequest } from "../model.js";
import { normalizeDestination, normalizeProduct } from "./normalize.js";
import { analyzeRequest, type RequestAnalysis } from "./rulesParser.js";

export type QuestionKind =
  | "multiple-products" | "conflicting-quantities" | "product" | "quantity" | "quantity-positive" | "destination";

export interface ClarifyingQuestion {
  kind: QuestionKind;
  /** Fluent key in src/locales/*.ftl. */
  key: string;
  params: Record<string, string>;
}

export type ClarifyInput = Pick<RequestAnalysis, "request"> & Partial<Omit<RequestAnalysis, "request">>;

const UNIT_LABEL: Record<string, string> = { container20: "× 20ft", container40: "× 40ft", pcs: "pcs" };
export const formatQuantity = (q: Quantity): string => `${q.value} ${UNIT_LABEL[q.unit] ?? q.unit}`;

/** Distinct amounts of the same kind, in the order written (for the conflict question). */
function conflictingPair(input: ClarifyInput): [Quantity, Quantity] | null {
  if (!input.conflictingQuantities || !input.quantities) return null;
  const real = input.quantities.filter((c) => !c.packaging && !c.bare).map((c) => c.quantity);
  const first = real[0];
  const other = real.find((q) => first && formatQuantity(q) !== formatQuantity(first));
  return first && other ? [first, other] : null;
}

/**
 * The clarifying input for a request from any parser (the LLM's included): the rules re-read the
 * text only for what a structured request cannot say (several products, contradictory amounts).
 */
export function clarifyInputFor(text: string, request: StructuredRequest, options: { now?: string } = {}): ClarifyInput {
  const { otherProducts, conflictingQuantities, quantities, invalidNumbers, truncated } = analyzeRequest(text, options);
  return { request, otherProducts: request.product ? otherProducts : [], conflictingQuantities, quantities, invalidNumbers, truncated };
}

/** The most useful next question, or null when the request can go to matching. */
export function nextQuestion(input: ClarifyInput): ClarifyingQuestion | null {
  const r = input.request;
  const product = r.product ?? "";
  if (r.product && input.otherProducts && input.otherProducts.length > 0) {
    return { kind: "multiple-products", key: "clarify-multiple-products", params: { first: r.product, others: input.otherProducts.join(", ") } };
  }
  const pair = conflictingPair(input);
  if (pair) {
    return { kind: "conflicting-quantities", key: "clarify-conflicting-quantities", params: { first: formatQuantity(pair[0]), second: formatQuantity(pair[1]) } };
  }
  const missing = missingFacts(r);
  if (missing.includes("product")) return { kind: "product", key: "clarify-product", params: {} };
  if (missing.includes("quantity")) {
    if (input.invalidNumbers) return { kind: "quantity-positive", key: "clarify-quantity-positive", params: { product } };
    return { kind: "quantity", key: "clarify-quantity", params: { product } };
  }
  if (missing.includes("destination")) return { kind: "destination", key: "clarify-destination", params: { product } };
  return null;
}

/** The question as the buyer reads it, in the request's language. */
export const renderQuestion = (q: ClarifyingQuestion, language: string): string => t(language, q.key, q.params);

export interface MergeResult {
  request: StructuredRequest;
  /** False when the answer held nothing usable for the question: ask again. */
  understood: boolean;
  /** After "yes" to the several-products question: one request per product. */
  split?: StructuredRequest[];
}

const YES = /^\s*(?:y|yes|yep|yeah|yup|sure|ok|okay|please do|go ahead|oui|ouais|ok|d'accord|dac|bien sur|volontiers|si|absolutely|of course)\b/i;
const NO = /^\s*(?:n|no|nope|nah|non|pas besoin|just one|only one|juste un|seulement)\b/i;
const SHORT_ANSWER = 60;

function finish(request: StructuredRequest): StructuredRequest {
  return { ...request, missing: missingFacts(request) };
}

/**
 * Merges the buyer's answer to `question` into `request`. The asked fact is taken from the
 * answer; other facts are filled only where they were still empty ("olive oil, 2 t" answering
 * "which product?" also gives the quantity), so "2 tonnes" answering "how much?" changes
 * nothing but the quantity.
 */
export function mergeAnswer(request: StructuredRequest, question: ClarifyingQuestion, answer: string, options: { now?: string } = {}): MergeResult {
  const text = typeof answer === "string" ? answer : "";
  const parsed = analyzeRequest(text, options).request;
  const next: StructuredRequest = { ...request };
  let understood = false;

  switch (question.kind) {
    case "multiple-products": {
      const products = [question.params.first ?? request.product, ...(question.params.others ?? "").split(", ")].filter(Boolean) as string[];
      if (YES.test(text)) return { request: finish(next), understood: true, split: products.map((p) => finish({ ...request, product: p })) };
      return { request: finish(next), understood: NO.test(text) };
    }
    case "product": {
      const product = parsed.product ?? (text.trim().length <= SHORT_ANSWER ? normalizeProduct(text) : null);
      if (product && (parsed.product || !parsed.quantity)) {
        next.product = product;
        understood = true;
      }
      break;
    }
    case "quantity":
    case "quantity-positive":
    case "conflicting-quantities":
      if (parsed.quantity) {
        next.quantity = parsed.quantity;
        understood = true;
      }
      break;
    case "destination": {
      const short = text.trim().length <= SHORT_ANSWER && /\p{L}/u.test(text);
      const destination = parsed.destination ?? (short ? normalizeDestination({ place: text.trim().replace(/[.!?]+$/, "") }) : null);
      if (destination) {
        next.destination = destination;
        understood = true;
      }
      break;
    }
  }
  // Facts the buyer volunteered alongside the answer fill gaps, never overwrite.
  next.quantity ??= parsed.quantity;
  next.destination ??= parsed.destination;
  next.targetPrice ??= parsed.targetPrice;
  next.incoterm ??= parsed.incoterm;
  next.deadline ??= parsed.deadline;
  next.certifications = [...new Set([...request.certifications, ...parsed.certifications])].sort();
  return { request: finish(next), understood };
}
