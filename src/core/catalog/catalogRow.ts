// One catalog row (CSV cells or JSON values) → a validated product, or the reasons it is not.
// The reasons are written for the admin who must fix the file: what is wrong and what is expected.
import { z } from "zod";
import { UNITS, type Unit } from "../model.js";
import { canonicalUnit } from "../extraction/units.js";
import { certificationCode, isCountryCode, isCurrencyCode, looksLikeFormula } from "./codes.js";
import { cleanCells } from "./cleanCells.js";
import { cutText } from "../textCut.js";
import { lookupPlace } from "../extraction/gazetteer.js";

/** "MA", or a country's name in English or French ("Maroc", "Morocco") → its alpha-2 code. */
const countryCode = (v: string): string => {
  const up = v.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(up) || up === "*") return up;
  const place = lookupPlace(v);
  return place?.kind === "country" ? place.country : up;
};

/** "15", "15 jours", "3 weeks", "2 semaines" → days; anything else is left for the number check. */
const leadDays = (v: unknown): unknown => {
  const m = /^(\d+)\s*(j|jours?|d|days?|sem(?:aines?)?|w|wks?|weeks?)\.?$/i.exec(text(v));
  if (!m) return v;
  return /^(s|w)/i.test(m[2]!) ? Number(m[1]) * 7 : Number(m[1]);
};

export const CATALOG_COLUMNS = [
  "seller", "sku", "title", "description", "category", "attributes", "moq", "unit", "price_min", "price_max",
  "currency", "lead_time_days", "certifications", "origin_country", "seller_country", "ships_to",
] as const;
export const REQUIRED_COLUMNS = ["seller", "sku", "title"] as const;

export const LIMITS = {
  sellerName: 200,
  sku: 100,
  title: 300,
  description: 5_000, // longer descriptions are truncated, and the report says so
  category: 300,
  attributesJson: 20_000,
  moq: 1e9, // above a billion units of anything is a typo, not an order
  price: 1e9,
  leadTimeDays: 3650,
} as const;

export interface CatalogProduct {
  seller: string;
  sellerCountry: string | null;
  sku: string;
  title: string;
  description: string | null;
  category: string | null;
  attributes: Record<string, unknown>;
  moq: number | null;
  unit: Unit | null;
  priceMin: number | null;
  priceMax: number | null;
  currency: string | null;
  leadTimeDays: number | null;
  certifications: string[];
  originCountry: string | null;
  shipsTo: string[];
}

export type RowResult = { ok: true; product: CatalogProduct; warnings: string[] } | { ok: false; reasons: string[] };

const text = (v: unknown): string => (v === null || v === undefined ? "" : typeof v === "string" ? v.trim() : String(v).trim());
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(text).filter(Boolean) : text(v).split(/[;|]/).map((s) => s.trim()).filter(Boolean);

const numberCell = (label: string, max: number, { integer = false } = {}) =>
  z.preprocess(
    (v) => {
      const s = text(v).replace(/\s/g, "");
      return s === "" ? null : /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
    },
    z
      .number({ error: `${label} must be a number (use . for decimals, no currency sign)` })
      .refine((n) => !Number.isNaN(n), `${label} must be a number (use . for decimals, no currency sign)`)
      .refine((n) => n >= 0, `${label} must not be negative`)
      .refine((n) => n <= max, `${label} is absurdly large (over ${max.toLocaleString("en")})`)
      .refine((n) => !integer || Number.isInteger(n), `${label} must be a whole number`)
      .nullable(),
  );

// Built once: constructing zod schemas per row would cost more than validating with them.
const NUMBER_CELLS = {
  moq: numberCell("moq", LIMITS.moq),
  price_min: numberCell("price_min", LIMITS.price),
  price_max: numberCell("price_max", LIMITS.price),
  lead_time_days: numberCell("lead_time_days", LIMITS.leadTimeDays, { integer: true }),
};

/**
 * Validates one row. `extras` are the row's values in columns the format does not know: they are
 * kept in `attributes` (the reader warns about such columns once per file).
 */
export function validateRow(dirty: Record<string, unknown>, dirtyExtras: Record<string, unknown> = {}): RowResult {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const { row: raw, removed } = cleanCells(dirty);
  const { row: extras, removed: removedExtras } = cleanCells(dirtyExtras);
  for (const r of [...removed, ...removedExtras])
    warnings.push(`${r.column}: removed ${r.count} control character${r.count > 1 ? "s" : ""} (NUL or similar, invisible)`);
  const get = (k: string) => text(raw[k]);

  for (const k of REQUIRED_COLUMNS) if (!get(k)) reasons.push(`${k} is empty (required)`);
  const tooLong = (k: string, v: string, max: number) => v.length > max && reasons.push(`${k} is longer than ${max} characters`);
  tooLong("seller", get("seller"), LIMITS.sellerName);
  tooLong("sku", get("sku"), LIMITS.sku);
  tooLong("title", get("title"), LIMITS.title);
  tooLong("category", get("category"), LIMITS.category);

  let description: string | null = get("description") || null;
  if (description && description.length > LIMITS.description) {
    warnings.push(`description truncated from ${description.length.toLocaleString("en")} to ${LIMITS.description} characters`);
    description = cutText(description, LIMITS.description);
  }

  let attributes: Record<string, unknown> = {};
  const rawAttrs = raw.attributes;
  if (rawAttrs && typeof rawAttrs === "object" && !Array.isArray(rawAttrs)) {
    attributes = { ...(rawAttrs as Record<string, unknown>) };
    if (JSON.stringify(attributes).length > LIMITS.attributesJson) reasons.push(`attributes is longer than ${LIMITS.attributesJson} characters`);
  } else if (get("attributes")) {
    const s = get("attributes");
    if (s.length > LIMITS.attributesJson) reasons.push(`attributes is longer than ${LIMITS.attributesJson} characters`);
    else {
      // Attributes are optional extras: a malformed cell must not cost the product. Its text is
      // kept (and searched) under "details", and the report says how to fix the cell.
      let parsed: unknown;
      try {
        parsed = JSON.parse(s);
      } catch {
        parsed = undefined;
      }
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) attributes = parsed as Record<string, unknown>;
      else {
        attributes = { details: s };
        warnings.push('attributes is not a JSON object (e.g. {"grade":"extra virgin"}); kept as text under "details"');
      }
    }
  }

  // Extra columns join the attributes while they fit the stored limit; the rest are dropped, and said.
  let attrChars = JSON.stringify(attributes).length;
  let dropped = 0;
  for (const [k, v] of Object.entries(extras)) {
    if (!text(v) || k in attributes) continue;
    const value = typeof v === "string" ? v.trim() : v;
    const size = JSON.stringify(k).length + JSON.stringify(value).length + 2;
    if (attrChars + size > LIMITS.attributesJson) {
      dropped++;
      continue;
    }
    attributes[k] = value;
    attrChars += size;
  }
  if (dropped) warnings.push(`${dropped} extra column${dropped > 1 ? "s" : ""} not kept: attributes are limited to ${LIMITS.attributesJson.toLocaleString("en")} characters`);

  const num = (k: keyof typeof NUMBER_CELLS) => {
    const r = NUMBER_CELLS[k].safeParse(raw[k]);
    if (!r.success) {
      reasons.push(r.error.issues[0]?.message ?? `${k} is invalid`);
      return null;
    }
    return r.data;
  };
  const moq = num("moq");
  if (moq === 0) reasons.push("moq must be greater than 0 (leave it empty if there is no minimum)");
  const priceMin = num("price_min");
  const priceMax = num("price_max");
  const leadTimeDays = NUMBER_CELLS.lead_time_days.safeParse(leadDays(raw.lead_time_days)).success
    ? (NUMBER_CELLS.lead_time_days.parse(leadDays(raw.lead_time_days)) as number | null)
    : num("lead_time_days");
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) reasons.push(`price_min (${priceMin}) is greater than price_max (${priceMax})`);

  let unit: Unit | null = null;
  if (get("unit")) {
    const u = get("unit").toLowerCase();
    unit = (UNITS as readonly string[]).includes(u) ? (u as Unit) : canonicalUnit(u);
    if (!unit) reasons.push(`unit "${get("unit")}" is unknown; use one of ${UNITS.join(", ")}`);
  }
  if (moq !== null && !get("unit")) warnings.push("moq has no unit");

  const currency = get("currency").toUpperCase() || null;
  if (currency && !isCurrencyCode(currency)) reasons.push(`currency "${get("currency")}" is not an ISO 4217 code (e.g. USD, EUR, CAD, MAD)`);
  if ((priceMin !== null || priceMax !== null) && !currency) reasons.push("a price is given without a currency");

  const country = (k: string) => {
    const c = countryCode(get(k));
    if (!c) return null;
    if (!isCountryCode(c)) reasons.push(`${k} "${get(k)}" is not an ISO 3166-1 alpha-2 country code (e.g. CA, MA)`);
    return c;
  };
  const originCountry = country("origin_country");
  const sellerCountry = country("seller_country");

  const shipsTo = list(raw.ships_to).map(countryCode);
  for (const c of shipsTo) if (c !== "*" && !isCountryCode(c)) reasons.push(`ships_to "${c}" is not an alpha-2 country code or *`);
  const certifications = [...new Set(list(raw.certifications).map(certificationCode).filter(Boolean))].sort();

  for (const k of ["seller", "sku", "title", "description", "category"])
    if (looksLikeFormula(get(k))) warnings.push(`${k} looks like a spreadsheet formula; stored as plain text`);

  if (reasons.length) return { ok: false, reasons };
  return {
    ok: true,
    warnings,
    product: {
      seller: get("seller").replace(/\s+/g, " "),
      sellerCountry,
      sku: get("sku"),
      title: get("title"),
      description,
      category: get("category") || null,
      attributes,
      moq,
      unit,
      priceMin,
      priceMax,
      currency,
      leadTimeDays,
      certifications,
      originCountry,
      shipsTo: shipsTo.includes("*") ? ["*"] : [...new Set(shipsTo)].sort(),
    },
  };
}
