// Locale keys for what the deals core returns, so every channel words a refusal, a status or a
// reason the same way (src/locales/*.ftl, "Deals" section). Channels translate; the core never does.
import type { CoreError } from "../errors.js";
import type { IntroductionStatus, QuoteStatus } from "./types.js";

export const statusKey = (s: IntroductionStatus): string => `deal-status-${s}`;
export const quoteStatusKey = (s: QuoteStatus | string): string => `quote-status-${s}`;
export const declineReasonKey = (r: string): string => `decline-reason-${r}`;
export const buyerDeclineReasonKey = (r: string): string => `buyer-decline-reason-${r}`;
/**
 * A watched request now finds sellers (outbox `watch_hit`), or its watch ran out with none
 * (`watch_expired`): named by its product when it has one.
 */
export function watchMessage(kind: "hit" | "expired", product: string | null, days?: number): { key: string; args: Record<string, string | number> } {
  const args = { ...(product ? { product } : {}), ...(days ? { days } : {}) };
  return { key: `tg-watch-${kind}${product ? "" : "-unnamed"}`, args };
}

/**
 * Keys for a CoreError, most specific first (`deal-error-forbidden-not_your_lead`, then
 * `deal-error-forbidden`), with the arguments they use. A channel takes the first key its
 * locale has.
 */
export function dealErrorKeys(e: CoreError): { keys: string[]; args: Record<string, string | number> } {
  const d = e.details;
  const reason = typeof d.reason === "string" ? d.reason : null;
  const keys = [...(reason ? [`deal-error-${e.code}-${reason}`] : []), `deal-error-${e.code}`];
  const args: Record<string, string | number> = {};
  for (const k of ["limit", "open", "used", "remaining"] as const) if (typeof d[k] === "number") args[k] = d[k];
  if (typeof d.status === "string") args.status = d.status;
  if (Array.isArray(d.fields)) args.fields = (d.fields as { field: string; message: string }[]).map((f) => `${f.field} ${f.message}`).join("; ");
  return { keys, args };
}
