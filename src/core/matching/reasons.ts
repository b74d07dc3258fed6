// Why a product is on the shortlist, as data: each channel renders these in the buyer's language
// (locale keys `reason-<code>`). `ok` is true (fits), false (does not fit: stated, score lowered)
// or null (the seller did not say).

export type ReasonCode =
  | "terms" | "category" | "type_other" | "excluded"
  | "moq_ok" | "moq_above" | "moq_unknown" | "moq_ok_approx" | "moq_above_approx"
  | "pack_ok" | "pack_small" | "pack_large" | "pack_asked" | "pack_other"
  | "certs_ok" | "certs_missing"
  | "ships_ok" | "ships_no" | "ships_unknown"
  | "price_ok" | "price_near" | "price_above" | "price_unknown"
  | "lead_ok" | "lead_late" | "lead_unknown";

export interface Reason {
  code: ReasonCode;
  ok: boolean | null;
  params: Record<string, string | number>;
}

export const reason = (code: ReasonCode, ok: boolean | null, params: Record<string, string | number> = {}): Reason => ({ code, ok, params });
