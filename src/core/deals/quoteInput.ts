// What a seller fills in for a quote, validated with zod. Channels pass what the user typed
// (numbers or numeric strings); a bad field becomes invalid_input naming that field, so a channel
// can point at it and keep the rest of the input.
import { z } from "zod";
import { CoreError } from "../errors.js";
import { INCOTERMS, UNITS } from "../model.js";
import { isoDay, toDecimal } from "./decimal.js";

const decimal = (opts: { positive: boolean }) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const d = toDecimal(v);
    if (d === null) {
      ctx.addIssue({ code: "custom", message: "must be a number" });
      return z.NEVER;
    }
    if (opts.positive && Number(d) <= 0) {
      ctx.addIssue({ code: "custom", message: "must be more than 0" });
      return z.NEVER;
    }
    return d;
  });

const text = (max: number) => z.string().trim().max(max).transform((s) => s || null);
const upper = z.string().trim().transform((s) => s.toUpperCase());

export const quoteInputSchema = z.object({
  unitPrice: decimal({ positive: true }),
  currency: upper.pipe(z.string().regex(/^[A-Z]{3}$/, "must be a 3-letter currency code, e.g. EUR")),
  unit: z.string().trim().toLowerCase().pipe(z.enum(UNITS, { error: `must be one of ${UNITS.join(", ")}` })),
  moq: decimal({ positive: true }).nullish(),
  moqUnit: z.string().trim().toLowerCase().pipe(z.enum(UNITS, { error: `must be one of ${UNITS.join(", ")}` })).nullish(),
  leadTimeDays: z.coerce.number({ error: "must be a number of days" }).int("must be whole days").min(0).max(730).nullish(),
  incoterm: upper.pipe(z.enum(INCOTERMS, { error: `must be one of ${INCOTERMS.join(", ")}` })).nullish(),
  incotermPlace: text(120).nullish(),
  validUntil: z.iso.date("must be a date, YYYY-MM-DD").nullish(),
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
    const fields = r.error.issues.map((i) => ({ field: String(i.path[0] ?? "quote"), message: i.message }));
    throw new CoreError("invalid_input", `quote: ${fields.map((f) => `${f.field} ${f.message}`).join("; ")}`, { fields });
  }
  const q = r.data;
  if (q.validUntil && q.validUntil < isoDay(today))
    throw new CoreError("invalid_input", "quote: validUntil is in the past", { fields: [{ field: "validUntil", message: "is in the past" }] });
  return {
    unitPrice: q.unitPrice, currency: q.currency, unit: q.unit, moq: q.moq ?? null, moqUnit: q.moqUnit ?? (q.moq ? q.unit : null),
    leadTimeDays: q.leadTimeDays ?? null, incoterm: q.incoterm ?? null, incotermPlace: q.incotermPlace ?? null,
    validUntil: q.validUntil ?? null, samplesAvailable: q.samplesAvailable ?? null, sampleCost: q.sampleCost ?? null,
    paymentTerms: q.paymentTerms ?? null, notes: q.notes ?? null,
  };
}
