// Reasons → sentences in the buyer's language, with a mark for fits (✓), misfits (✗) and
// unknowns (?). Channels escape the result for their markup; this returns plain text.
import type { Reason } from "./reasons.js";
import type { Suggestion } from "./matchRequest.js";

export type Translate = (lang: string, key: string, args?: Record<string, string | number>) => string;

export function renderReason(t: Translate, lang: string, r: Reason): string {
  const mark = r.ok === true ? "✓" : r.ok === false ? "✗" : "?";
  return `${mark} ${t(lang, `reason-${r.code}`, r.params)}`;
}

export function renderSuggestion(t: Translate, lang: string, s: Suggestion): string {
  return s.code === "relax_certifications"
    ? t(lang, "suggest-relax_certifications", { certs: s.certs.join(", "), wouldMatch: s.wouldMatch })
    : t(lang, "suggest-rephrase");
}
