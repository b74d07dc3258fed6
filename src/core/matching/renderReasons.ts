// Reasons → sentences in the buyer's language, with a mark for fits (✓), misfits (✗) and
// unknowns (?). Channels escape the result for their markup; this returns plain text.
import type { Reason } from "./reasons.js";
import type { Suggestion } from "./matchRequest.js";

export type Translate = (lang: string, key: string, args?: Record<string, string | number>) => string;

export function renderReason(t: Translate, lang: string, r: Reason): string {
  const mark = r.ok === true ? "✓" : r.ok === false ? "✗" : "?";
  return `${mark} ${t(lang, `reason-${r.code}`, r.params)}`;
}

/** The locale key and arguments of a suggestion: one wording for the CLI and every chat channel. */
export function suggestionKey(s: Suggestion): { key: string; args: Record<string, string | number> } {
  if (s.code === "relax_certifications") return { key: "suggest-relax_certifications", args: { certs: s.certs.join(", "), wouldMatch: s.wouldMatch } };
  if (s.code === "no_fit") {
    // With no product name worth saying (see noFitName), the answer names none; with nothing near
    // (no product shares a word with the request), it offers none rather than unrelated ones; what
    // is near by the rest of the description ("alike") is offered as that, not as the product.
    const key = `suggest-no_fit-${s.reason}${s.product === null ? "-unnamed" : ""}${s.near.length ? (s.alike ? "-alike" : "") : "-none"}`;
    return { key, args: { ...(s.product === null ? {} : { product: s.product }), certs: s.certs.join(", "), ...(s.near.length ? { near: s.near.join("; ") } : {}) } };
  }
  return { key: "suggest-rephrase", args: {} };
}

export function renderSuggestion(t: Translate, lang: string, s: Suggestion): string {
  const { key, args } = suggestionKey(s);
  return t(lang, key, args);
}
