// One catalog row (CSV cells or JSON values) → a validated product, or the reasons it is not.
// Reasons and warnings are data (rowIssues.ts): the CLI words them in English for the admin, the
// seller channels in the seller's language; each says what is wrong and, by its code, what is expected.
import { UNITS, type Unit } from "../model.js";
import { canonicalUnit } from "../extraction/units.js";
import { isCountryCode, isCurrencyCode, looksLikeFormula } from "./codes.js";
import { catalogCertifications, certificationsOnlyInText } from "./statedCertifications.js";
import { cleanCells } from "./cleanCells.js";
import { cutText } from "../textCut.js";
import { lookupPlace } from "../extraction/gazetteer.js";
import type { RowIssue } from "./rowIssues.js";

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

export type RowResult = { ok: true; product: CatalogProduct; warnings: RowIssue[] } | { ok: false; reasons: RowIssue[] };

const text = (v: unknown): string => (v === null || v === undefined ? "" : typeof v === "string" ? v.trim() : String(v).trim());
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(text).filter(Boolean) : text(v).split(/[;|]/).map((s) => s.trim()).filter(Boolean);

type NumberCell = (v: unknown) => { ok: true; value: number | null } | { ok: false; issue: RowIssue };

/** A number cell: empty is null; "1 200.50" is read, "1,5" and "€12" are not (the issue says how to write it). */
const numberCell =
  (column: string, max: number, { integer = false } = {}): NumberCell =>
  (v) => {
    const s = text(v).replace(/\s/g, "");
    if (s === "") return { ok: true, value: null };
    if (!/^-?\d+(\.\d+)?$/.test(s)) return { ok: false, issue: { code: "not_a_number", column } };
    const n = Number(s);
    if (n < 0) return { ok: false, issue: { code: "negative", column } };
    if (n > max) return { ok: false, issue: { code: "too_large", column, max } };
    if (integer && !Number.isInteger(n)) return { ok: false, issue: { code: "not_whole", column } };
    return { ok: true, value: n };
  };

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
  const reasons: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const { row: raw, removed } = cleanCells(dirty);
  const { row: extras, removed: removedExtras } = cleanCells(dirtyExtras);
  for (const r of [...removed, ...removedExtras])
    warnings.push({ code: "control_chars_removed", column: r.column, count: r.count });
  const get = (k: string) => text(raw[k]);

  for (const k of REQUIRED_COLUMNS) if (!get(k)) reasons.push({ code: "required_empty", column: k });
  const tooLong = (k: string, v: string, max: number) => v.length > max && reasons.push({ code: "too_long", column: k, max });
  tooLong("seller", get("seller"), LIMITS.sellerName);
  tooLong("sku", get("sku"), LIMITS.sku);
  tooLong("title", get("title"), LIMITS.title);
  tooLong("category", get("category"), LIMITS.category);

  let description: string | null = get("description") || null;
  if (description && description.length > LIMITS.description) {
    warnings.push({ code: "description_truncated", from: description.length, to: LIMITS.description });
    description = cutText(description, LIMITS.description);
  }

  let attributes: Record<string, unknown> = {};
  const rawAttrs = raw.attributes;
  if (rawAttrs && typeof rawAttrs === "object" && !Array.isArray(rawAttrs)) {
    attributes = { ...(rawAttrs as Record<string, unknown>) };
    if (JSON.stringify(attributes).length > LIMITS.attributesJson) reasons.push({ code: "too_long", column: "attributes", max: LIMITS.attributesJson });
  } else if (get("attributes")) {
    const s = get("attributes");
    if (s.length > LIMITS.attributesJson) reasons.push({ code: "too_long", column: "attributes", max: LIMITS.attributesJson });
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
        warnings.push({ code: "attributes_not_json" });
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
  if (dropped) warnings.push({ code: "extra_columns_dropped", count: dropped, max: LIMITS.attributesJson });

  const num = (k: keyof typeof NUMBER_CELLS) => {
    const r = NUMBER_CELLS[k](raw[k]);
    if (!r.ok) {
      reasons.push(r.issue);
      return null;
    }
    return r.value;
  };
  const moq = num("moq");
  if (moq === 0) reasons.push({ code: "moq_zero" });
  const priceMin = num("price_min");
  const priceMax = num("price_max");
  // "3 weeks" is read as 21 days; a cell that is not a duration is reported as the number it is not.
  const asDays = NUMBER_CELLS.lead_time_days(leadDays(raw.lead_time_days));
  const leadTimeDays = asDays.ok ? asDays.value : num("lead_time_days");
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) reasons.push({ code: "price_min_above_max", min: priceMin, max: priceMax });

  let unit: Unit | null = null;
  if (get("unit")) {
    const u = get("unit").toLowerCase();
    unit = (UNITS as readonly string[]).includes(u) ? (u as Unit) : canonicalUnit(u);
    if (!unit) reasons.push({ code: "unknown_unit", value: get("unit") });
  }
  if (moq !== null && !get("unit")) warnings.push({ code: "moq_without_unit" });

  const currency = get("currency").toUpperCase() || null;
  if (currency && !isCurrencyCode(currency)) reasons.push({ code: "bad_currency", value: get("currency") });
  if ((priceMin !== null || priceMax !== null) && !currency) reasons.push({ code: "price_without_currency" });

  const country = (k: string) => {
    const c = countryCode(get(k));
    if (!c) return null;
    if (!isCountryCode(c)) reasons.push({ code: "bad_country", column: k, value: get(k) });
    return c;
  };
  const originCountry = country("origin_country");
  const sellerCountry = country("seller_country");

  const shipsTo = list(raw.ships_to).map(countryCode);
  for (const c of shipsTo) if (c !== "*" && !isCountryCode(c)) reasons.push({ code: "bad_ships_to", value: c });
  const certifications = catalogCertifications(list(raw.certifications));
  for (const c of certificationsOnlyInText(get("title"), description ?? "", certifications)) warnings.push({ code: "certification_only_in_text", certification: c });

  for (const k of ["seller", "sku", "title", "description", "category"])
    if (looksLikeFormula(get(k))) warnings.push({ code: "formula_text", column: k });

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
