// Domain vocabulary shared by every layer: the structured request of CONTRACTS.md and the
// canonical codes it uses. Pure zod + TypeScript: no platform or vendor imports here.
import { z } from "zod";

export const UNITS = [
  "kg", "t", "g", "lb", "l", "ml", "pcs", "m", "m2", "carton", "pallet", "container20", "container40",
] as const;
export type Unit = (typeof UNITS)[number];

export const CERTIFICATIONS = [
  "organic", "eu-organic", "usda-organic", "ecocert", "halal", "kosher", "fairtrade", "iso-9001",
  "iso-22000", "haccp", "brc", "ifs", "fda", "ce", "gots", "fsc",
] as const;

export const INCOTERMS = ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"] as const;
export type Incoterm = (typeof INCOTERMS)[number];

export const REQUIRED_FACTS = ["product", "quantity", "destination"] as const;
export type RequiredFact = (typeof REQUIRED_FACTS)[number];

const currencyCode = z.string().regex(/^[A-Z]{3}$/, "ISO 4217 code");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2 code");
/** Certification codes are lowercase kebab-case; the canonical list above is what the parser emits. */
const certCode = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase kebab-case");

/**
 * Quantities and prices are stored as Decimal(18,4): at most 14 digits before the point, and
 * nothing below 0.0001 survives the rounding. A number outside this range (an LLM's 1e21, a
 * typo of twenty nines) would overflow the column (22003), so the schema stops it first.
 */
export const MAX_STORED_NUMBER = 99_999_999_999_999;
export const MIN_STORED_NUMBER = 0.0001;
const storedNumber = () =>
  z.number()
    .min(MIN_STORED_NUMBER, `must be at least ${MIN_STORED_NUMBER}`)
    .max(MAX_STORED_NUMBER, `must be at most ${MAX_STORED_NUMBER.toLocaleString("en")}`);

export const quantitySchema = z.object({ value: storedNumber(), unit: z.enum(UNITS) });
export const targetPriceSchema = z.object({
  amount: storedNumber(),
  currency: currencyCode,
  per: z.enum(UNITS).nullable(),
});
export const destinationSchema = z.object({ country: countryCode.nullable(), place: z.string().min(1).nullable() });

export const structuredRequestSchema = z.object({
  product: z.string().min(1).nullable(),
  quantity: quantitySchema.nullable(),
  targetPrice: targetPriceSchema.nullable(),
  incoterm: z.enum(INCOTERMS).nullable(),
  destination: destinationSchema.nullable(),
  deadline: z.iso.date().nullable(),
  certifications: z.array(certCode),
  language: z.string().regex(/^[a-z]{2}$/),
  missing: z.array(z.enum(REQUIRED_FACTS)),
});
export type StructuredRequest = z.infer<typeof structuredRequestSchema>;
export type Quantity = z.infer<typeof quantitySchema>;
export type TargetPrice = z.infer<typeof targetPriceSchema>;
export type Destination = z.infer<typeof destinationSchema>;

/** The required facts still absent, in the order CONTRACTS.md lists them. */
export function missingFacts(r: Pick<StructuredRequest, "product" | "quantity" | "destination">): RequiredFact[] {
  const out: RequiredFact[] = [];
  if (!r.product) out.push("product");
  if (!r.quantity) out.push("quantity");
  if (!r.destination || (!r.destination.country && !r.destination.place)) out.push("destination");
  return out;
}

export function emptyRequest(language = "en"): StructuredRequest {
  return {
    product: null, quantity: null, targetPrice: null, incoterm: null, destination: null, deadline: null,
    certifications: [], language, missing: [...REQUIRED_FACTS],
  };
}
