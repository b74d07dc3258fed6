// One normalisation for every parser: the rules parser and the LLM adapter both pass their
// findings through here, so "tons", "Montréal", "€", "Organic" and "cif" come out as the same
// canonical codes whichever way the request was understood.
import { cleanLine } from "../cleanText.js";
import { cutText } from "../textCut.js";
import { MAX_STORED_NUMBER, MIN_STORED_NUMBER, missingFacts, structuredRequestSchema, type Destination, type Quantity, type StructuredRequest, type TargetPrice } from "../model.js";
import { canonicalCertification } from "./certifications.js";
import { parseIsoDate } from "./dates.js";
import { canonicalLanguage } from "./language.js";
import { isIsoCountry, lookupPlace } from "./gazetteer.js";
import { normalizeIncoterm } from "./incoterm.js";
import { canonicalCurrency } from "./price.js";
import { round } from "./numbers.js";
import { canonicalUnit } from "./units.js";

/** Loosely typed findings, as a parser or a model may produce them. */
export interface RawRequest {
  product?: string | null;
  quantity?: { value?: number | string | null; unit?: string | null } | null;
  targetPrice?: { amount?: number | string | null; currency?: string | null; per?: string | null } | null;
  incoterm?: string | null;
  destination?: { country?: string | null; place?: string | null } | null;
  deadline?: string | null;
  certifications?: ReadonlyArray<string | null> | null;
  language?: string | null;
}

const MAX_PRODUCT_CHARS = 200;

/** A positive number the database can store; anything else (an LLM's 1e21, 1e-9) is treated as not given, so the buyer is asked. */
function toNumber(v: number | string | null | undefined): number | null {
  const n = typeof v === "string" ? Number(v.replace(/\s/g, "").replace(",", ".")) : v;
  if (typeof n !== "number" || !Number.isFinite(n) || n <= 0) return null;
  const r = round(n);
  return r >= MIN_STORED_NUMBER && r <= MAX_STORED_NUMBER ? r : null;
}

/** Lowercase, single spaces, no stray punctuation at either end; empty → null. */
export function normalizeProduct(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const p = cutText(
    cleanLine(raw.replace(/\p{Cc}/gu, " "))
      .replace(/^[\s"'`.,;:!?()[\]{}*_#~-]+|[\s"'`.,;:!?()[\]{}*_#~-]+$/g, "")
      .toLowerCase(),
    MAX_PRODUCT_CHARS,
  ).trim();
  return p.length > 0 ? p : null;
}

export function normalizeQuantity(raw: RawRequest["quantity"]): Quantity | null {
  if (!raw) return null;
  const value = toNumber(raw.value);
  const unit = canonicalUnit(raw.unit ?? null);
  return value !== null && unit ? { value, unit } : null;
}

export function normalizePrice(raw: RawRequest["targetPrice"]): TargetPrice | null {
  if (!raw) return null;
  const amount = toNumber(raw.amount);
  const currency = canonicalCurrency(raw.currency ?? null);
  return amount !== null && currency ? { amount, currency, per: canonicalUnit(raw.per ?? null) } : null;
}

/** Country names or codes, city names in any spelling → ISO alpha-2 and the English city name. */
export function normalizeDestination(raw: RawRequest["destination"]): Destination | null {
  if (!raw) return null;
  let country: string | null = null;
  let place: string | null = null;
  const c = raw.country ? cleanLine(raw.country) : "";
  if (c) {
    if (isIsoCountry(c.toUpperCase())) country = c.toUpperCase();
    else country = lookupPlace(c)?.country ?? null;
  }
  const p = raw.place ? cleanLine(raw.place) : "";
  if (p) {
    const known = lookupPlace(p);
    if (known?.kind === "city") {
      place = known.place;
      country ??= known.country;
    } else if (known) country ??= known.country;
    else place = cutText(p, 120).trim() || null;
  }
  return country || place ? { country, place } : null;
}

export function normalizeDeadline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  return parseIsoDate(raw.trim().slice(0, 10)) ? raw.trim().slice(0, 10) : null;
}

export function normalizeCertifications(raw: RawRequest["certifications"]): string[] {
  const out = new Set<string>();
  for (const c of raw ?? []) {
    const code = c ? canonicalCertification(cleanLine(c)) : null;
    if (code) out.add(code);
  }
  return [...out].sort();
}

/** Canonical, schema-valid structured request; `missing` is always recomputed. */
export function normalizeRequest(raw: RawRequest, fallbackLanguage = "en"): StructuredRequest {
  // A model may say "Arabic" or "es-MX": the contract wants the ISO 639-1 code.
  const lang = canonicalLanguage(raw.language) ?? "";
  const partial = {
    product: normalizeProduct(raw.product),
    quantity: normalizeQuantity(raw.quantity),
    targetPrice: normalizePrice(raw.targetPrice),
    incoterm: normalizeIncoterm(raw.incoterm ?? null),
    destination: normalizeDestination(raw.destination),
    deadline: normalizeDeadline(raw.deadline),
    certifications: normalizeCertifications(raw.certifications),
    language: /^[a-z]{2}$/.test(lang) ? lang : fallbackLanguage,
  };
  return structuredRequestSchema.parse({ ...partial, missing: missingFacts(partial) });
}
