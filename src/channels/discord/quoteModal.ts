// The quote form. Discord modals hold at most five text inputs, so related values share one:
// "13.20 EUR / kg", "500 kg", "21", "CIF Rotterdam", and validity on the first line of the last
// box with notes below it (room for the date line plus the core's 1000 characters of notes).
// Parsing here only splits the boxes; the deals core validates the values (zod) and names the
// bad field, which we map back to the box the seller typed it in.
import type { APIModalInteractionResponseCallbackData } from "discord-api-types/v10";
import type { QuoteFacts } from "../../ports/outbox.js";
import type { QuoteInput } from "../../core/deals/index.js";
import { t } from "../../locales/index.js";
import { customId } from "./customIds.js";
import { cutText } from "../../core/textCut.js";
import { LIMITS, fit } from "./limits.js";

export const QUOTE_FIELDS = ["price", "moq", "lead", "terms", "validity"] as const;
export type QuoteField = (typeof QUOTE_FIELDS)[number];
export type QuoteDraft = Partial<Record<QuoteField, string>>;

/** The core's field names → the box that holds them. */
const BOX_OF: Record<string, QuoteField> = {
  unitPrice: "price", currency: "price", unit: "price", moq: "moq", moqUnit: "moq", leadTimeDays: "lead",
  incoterm: "terms", incotermPlace: "terms", validUntil: "validity", notes: "validity",
};
export const boxOf = (coreField: string): QuoteField => BOX_OF[coreField] ?? "price";

export function quoteModal(lang: string, introductionId: string, draft: QuoteDraft, opts: { revise?: boolean } = {}): APIModalInteractionResponseCallbackData {
  const input = (id: QuoteField, style: 1 | 2, required: boolean, max: number) => ({
    type: 1 as const,
    components: [{
      type: 4 as const, custom_id: id, style, required, max_length: max,
      label: fit(t(lang, `discord-quote-${id}`), LIMITS.inputLabel), placeholder: fit(t(lang, `discord-quote-${id}-hint`), LIMITS.inputPlaceholder),
      // Discord refuses the whole modal when a prefilled value is longer than its box allows.
      ...(draft[id] ? { value: cutText(draft[id], max) } : {}),
    }],
  });
  return {
    custom_id: customId("quote-form", introductionId),
    title: fit(t(lang, opts.revise ? "discord-quote-title-revise" : "discord-quote-title"), LIMITS.modalTitle),
    components: [input("price", 1, true, 40), input("moq", 1, false, 40), input("lead", 1, false, 10), input("terms", 1, false, 130), input("validity", 2, false, 1100)],
  };
}

/** A stored quote as the form's boxes, to prefill a revision. */
export function draftFromQuote(q: QuoteFacts): QuoteDraft {
  return {
    price: `${q.unitPrice} ${q.currency} / ${q.unit}`,
    moq: q.moq ? `${q.moq} ${q.moqUnit ?? q.unit}` : "",
    lead: q.leadTimeDays === null ? "" : String(q.leadTimeDays),
    terms: [q.incoterm, q.incotermPlace].filter(Boolean).join(" "),
    validity: [q.validUntil ?? "", q.notes ?? ""].filter((x, i) => i === 0 || x).join("\n").trim(),
  };
}

export type ParsedQuote = { ok: true; quote: QuoteInput } | { ok: false; field: QuoteField; message: string; problem: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Splits the boxes into the core's quote input; only shape errors here, values are the core's job. */
export function parseQuoteForm(draft: QuoteDraft): ParsedQuote {
  const price = (draft.price ?? "").trim();
  const pm = /^([0-9][0-9.,\s]*)\s*([A-Za-z]{3})\s*(?:\/|per\s)?\s*([A-Za-z0-9]+)$/i.exec(price);
  if (!pm) return { ok: false, field: "price", message: "write it as amount, currency and unit, e.g. 13.20 EUR / kg", problem: "price_format" };
  const num = (s: string) => s.replace(/\s/g, "").replace(",", ".");
  const quote: QuoteInput = { unitPrice: num(pm[1] ?? ""), currency: pm[2] ?? "", unit: pm[3] ?? "" };

  const moq = (draft.moq ?? "").trim();
  if (moq) {
    const mm = /^([0-9][0-9.,\s]*)\s*([A-Za-z0-9]+)?$/.exec(moq);
    if (!mm) return { ok: false, field: "moq", message: "write it as amount and unit, e.g. 500 kg", problem: "moq_format" };
    quote.moq = num(mm[1] ?? "");
    quote.moqUnit = mm[2] ?? quote.unit;
  }
  const lead = (draft.lead ?? "").trim().replace(/\s*(days?|d|jours?)$/i, "");
  if (lead) quote.leadTimeDays = lead as unknown as number; // coerced and checked by the core's schema

  const terms = (draft.terms ?? "").trim();
  if (terms) {
    const [code, ...place] = terms.split(/\s+/);
    quote.incoterm = code ?? "";
    quote.incotermPlace = place.join(" ") || null;
  }
  const [first = "", ...rest] = (draft.validity ?? "").split("\n");
  const firstLine = first.trim();
  if (DATE.test(firstLine)) {
    quote.validUntil = firstLine;
    quote.notes = rest.join("\n").trim() || null;
  } else if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(firstLine)) {
    return { ok: false, field: "validity", message: "write the date as YYYY-MM-DD", problem: "date_format" };
  } else {
    quote.notes = (draft.validity ?? "").trim() || null;
  }
  return { ok: true, quote };
}
