// What a seller fills in for a quote, validated with zod. Channels pass what the user typed
// (numbers or numeric strings); a bad field becomes invalid_input naming that field, so a channel
// can point at it and keep the rest of the input.
import { z } from "zod";
import { CoreError } from "../errors.js";
import { INCOTERMS, UNITS } from "../model.js";
import { cleanText } from "../cleanText.js";
import { decimalTooLarge, isoDay, toDecimal } from "./decimal.js";

/**
 * Each problem a quote field can have, with its English wording. Issues carry the code too, so a
 * channel can word it in the seller's language (`quote-problem-<code>` in the locales).
 */
export const QUOTE_PROBLEMS = {
  number: "must be a number",
  positive: "must be more than 0",
  currency: "must be a 3-letter currency code, e.g. EUR",
  unit: `must be one of ${UNITS.join(", ")}`,
  days: "must be a number of days",
  whole_days: "must be whole days",
  days_range: "must be between 0 and 730 days",
  incoterm: `must be one of ${INCOTERMS.join(", ")}`,
  date: "must be a date, YYYY-MM-DD",
  too_long: "is too long",
  too_large: "is too large (at most 99,999,999,999,999)",
  past: "is in the past",
} as const;
export type QuoteProblem = keyof typeof QUOTE_PROBLEMS | "invalid";
const P = QUOTE_PROBLEMS;
const problemOf = (message: string): QuoteProblem =>
  (Object.keys(P) as (keyof typeof P)[]).find((k) => P[k] === message) ?? "invalid";

const decimal = (opts: { positive: boolean }) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const d = toDecimal(v);
    if (d === null) {
      ctx.addIssue({ code: "custom", message: decimalTooLarge(v) ? P.too_large : P.number });
      return z.NEVER;
    }
    if (opts.positive && Number(d) <= 0) {
      ctx.addIssue({ code: "custom", message: P.positive });
      return z.NEVER;
    }
    return d;
  });

const text = (max: number) =>
  z.string().transform(cleanText).pipe(z.string().trim().max(max, P.too_long)).transform((s) => s || null);
const upper = z.string().trim().transform((s) => s.toUpperCase());

export const quoteInputSchema = z.object({
  unitPrice: decimal({ positive: true }),
  currency: upper.pipe(z.string().regex(/^[A-Z]{3}$/, P.currency)),
  unit: z.string().trim().toLowerCase().pipe(z.enum(UNITS, { error: P.unit })),
  moq: decimal({ positive: true }).nullish(),
  moqUnit: z.string().trim().toLowerCase().pipe(z.enum(UNITS, { error: P.unit })).nullish(),
  leadTimeDays: z.coerce.number({ error: P.days }).int(P.whole_days).min(0, P.days_range).max(730, P.days_range).nullish(),
  incoterm: upper.pipe(z.enum(INCOTERMS, { error: P.incoterm })).nullish(),
  incotermPlace: text(120).nullish(),
  validUntil: z.iso.date(P.date).nullish(),
  samplesAvailable: z.boolean().nullish(),
  sampleCost: decimal({ positive: false }).nullish(),
  paymentTerms: text(200).nullish(),
  notes: text(1000).nullish(),
});

export type QuoteInput = z.input<typeof quoteInputSchema>;
export type ValidQuote = {
  [K in keyof z.output<typeof quoteInputSchema>]-?: Exclude<z.output<typeof quoteInputSchema>[K], undefined>;
};

/** Validates a quote; the validity date must not be in the past. Throws invalid_input listing each bad field. */
export function validateQuote(input: unknown, today: Date): ValidQuote {
  const r = quoteInputSchema.safeParse(input);
  if (!r.success) {
    const fields = r.error.issues.map((i) => ({ field: String(i.path[0] ?? "quote"), message: i.message, problem: problemOf(i.message) }));
    throw new CoreError("invalid_input", `quote: ${fields.map((f) => `${f.field} ${f.message}`).join("; ")}`, { fields });
  }
  const q = r.data;
  if (q.validUntil && q.validUntil < isoDay(today))
    throw new CoreError("invalid_input", "quote: validUntil is in the past", { fields: [{ field: "validUntil", message: P.past, problem: "past" }] });
  return {
    unitPrice: q.unitPrice, currency: q.currency, unit: q.unit, moq: q.moq ?? null, moqUnit: q.moqUnit ?? (q.moq ? q.unit : null),
    leadTimeDays: q.leadTimeDays ?? null, incoterm: q.incoterm ?? null, incotermPlace: q.incotermPlace ?? null,
    validUntil: q.validUntil ?? null, samplesAvailable: q.samplesAvailable ?? null, sampleCost: q.sampleCost ?? null,
    paymentTerms: q.paymentTerms ?? null, notes: q.notes ?? null,
  };
}
