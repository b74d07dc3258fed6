// The facts a buyer scans on each shortlist item — price against the target, MOQ and pack against
// the quantity, lead time against the deadline, certificates asked against held, export markets
// against the destination — as data. `ok` is true (✓ fits), false (✗ does not) or null (? the
// seller did not say, or it cannot be compared). Channels say them in the buyer's language
// (renderFacts.ts); the ranking's factors and reasons (constraints.ts) are read from the same facts,
// so what the buyer reads is what the ranker used.
import type { StructuredRequest } from "../model.js";
import type { ProductFacts } from "../../ports/catalogSearch.js";
import { splitCertifications } from "./certifications.js";
import { convertMoney, type RateTable } from "./currency.js";
import { convertQuantity, convertRange, type ContainerAssumption, type QuantityRange } from "./units.js";
import { BULK_FAMILIES, packOf, PACK_FACTOR, PACK_TOO_LARGE, type Pack, type PackClass } from "./packs.js";

export type Mark = boolean | null;
export interface Amount {
  value: number;
  unit: string;
}
export interface Money {
  amount: number;
  currency: string;
  per: string | null;
}

export interface PriceFact {
  ok: Mark;
  /** under: the whole range is within the target; partly: its low end is; near: ≤ 15 % above; stated: no target to compare with. */
  status: "under" | "partly" | "near" | "above" | "unknown" | "incomparable" | "stated";
  /** The product's price range, converted to the target's currency and unit when there is a target. */
  lo: number | null;
  hi: number | null;
  currency: string | null;
  per: string | null;
  target: Money | null;
}

export interface PackFact {
  /** Content of one pack in kg or L; null when only the kind is named ("flexitank"). */
  size: { amount: number; base: "kg" | "l" } | null;
  family: string | null;
  /** How the pack suits the order: small = retail pack for a bulk order, large = more than the whole order. */
  fit: "ok" | "small" | "large" | null;
  factor: number;
}

export interface MoqFact {
  ok: Mark;
  /** fits / above: compared; incomparable: units that do not convert; unknown: MOQ not stated; stated: no quantity asked. */
  status: "fits" | "above" | "incomparable" | "unknown" | "stated";
  moq: Amount | null;
  quantity: Amount | null;
  /** The container assumption the comparison used, to be said. */
  container: ContainerAssumption | null;
  pack: PackFact | null;
}

export interface LeadFact {
  ok: Mark;
  status: "before" | "after" | "unknown" | "stated";
  days: number | null;
  /** ISO date. */
  deadline: string | null;
  daysLeft: number | null;
}

export interface CertFact {
  ok: Mark;
  asked: string[];
  satisfied: string[];
  missing: string[];
  held: string[];
}

export interface ShipsFact {
  ok: Mark;
  /** Alpha-2 code of the destination. */
  country: string;
}

export interface ItemFacts {
  price: PriceFact;
  moq: MoqFact;
  lead: LeadFact;
  /** Null when the buyer asked for none and the product holds none. */
  certs: CertFact | null;
  /** Null when the request names no destination country. */
  ships: ShipsFact | null;
}

// EU members, for sellers who list "EU" as an export market.
const EU = new Set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" "));
const DAY_MS = 86_400_000;
/** A price up to this much above the target is "slightly above" (✗, lighter penalty). */
export const NEAR_TARGET = 1.15;
/** Orders from this many kg or L on want bulk packs; up to SMALL_ORDER, retail packs. */
export const BULK_ORDER = 500;
export const SMALL_ORDER = 50;
/** More packs than this in one order is a retail pack for it. */
const MAX_PACKS = 5000;

export interface FactOptions {
  /**
   * The buyer named a pack ("in 5 kg bags"): their choice, more than the quantity, says which pack
   * suits. "this" = the product is in that pack (no pack factor); "other" = it is not (penalties
   * only, no lift above the named pack).
   */
  packNamed?: "this" | "other" | null;
}

export function itemFacts(req: StructuredRequest, p: ProductFacts, now: Date, rates: RateTable, opts: FactOptions = {}): ItemFacts {
  const pack = packOf(p); // read once: price, MOQ and pack facts all need it
  return {
    price: priceFact(req, p, pack, rates),
    moq: moqFact(req, p, pack, opts),
    lead: leadFact(req, p, now),
    certs: certFact(req, p),
    ships: shipsFact(req, p),
  };
}

// What a price is per: the seller's "price_basis" when it names a unit, else the MOQ unit.
const BASIS: [RegExp, string][] = [
  [/\bper (?:kg|kilo)/, "kg"], [/\bper (?:litre|liter|l)\b/, "l"], [/\bper lb\b/, "lb"], [/\bper (?:t|tonne|ton|mt)\b/, "t"],
  [/\bper 40 ?ft/, "container40"], [/\bper 20 ?ft/, "container20"], [/\bper (?:piece|bottle|jar|bag|tin|can|drum|unit)\b/, "pcs"],
];

/** The price range and the unit it is per; a price per piece of a known pack becomes a price per kg or L ("155 EUR per 5 L tin" → 31 EUR/L). */
function priceBasis(p: ProductFacts, pack: Pack): { lo: number; hi: number; per: string | null } | null {
  const lo = p.priceMin ?? p.priceMax, hi = p.priceMax ?? p.priceMin;
  if (lo === null || hi === null) return null;
  const basis = typeof p.attributes.price_basis === "string" ? p.attributes.price_basis.toLowerCase() : "";
  const per = BASIS.find(([re]) => re.test(basis))?.[1] ?? p.unit;
  const size = per === "pcs" ? pack.size : null;
  return size ? { lo: lo / size.amount, hi: hi / size.amount, per: size.base } : { lo, hi, per };
}

function priceFact(req: StructuredRequest, p: ProductFacts, pack: Pack, rates: RateTable): PriceFact {
  const basis = priceBasis(p, pack);
  const t = req.targetPrice;
  const target = t ? { amount: t.amount, currency: t.currency, per: t.per } : null;
  if (!basis || !p.currency) return { ok: null, status: "unknown", lo: null, hi: null, currency: null, per: null, target };
  const { lo: lo0, hi: hi0 } = basis;
  const stated = { lo: lo0, hi: hi0, currency: p.currency, per: basis.per, target };
  if (!t) return { ok: null, status: "stated", ...stated };
  const per = t.per ?? basis.per;
  // Price per product unit × product units in one target unit ("24.5 EUR/kg" → "24,500 EUR/t").
  const unitsPerTarget = per && basis.per ? convertQuantity(1, per, basis.per) : null;
  const lo = unitsPerTarget === null ? null : convertMoney(lo0 * unitsPerTarget, p.currency, t.currency, rates);
  const hi = unitsPerTarget === null ? null : convertMoney(hi0 * unitsPerTarget, p.currency, t.currency, rates);
  if (lo === null || hi === null) return { ok: null, status: "incomparable", ...stated };
  const status = hi <= t.amount ? "under" : lo <= t.amount ? "partly" : lo <= t.amount * NEAR_TARGET ? "near" : "above";
  return { ok: status === "under" || status === "partly", status, lo, hi, currency: t.currency, per, target };
}

function moqFact(req: StructuredRequest, p: ProductFacts, pack: Pack, opts: FactOptions): MoqFact {
  const quantity = req.quantity ? { value: req.quantity.value, unit: req.quantity.unit } : null;
  const moq = p.moq !== null && p.unit ? { value: p.moq, unit: p.unit } : null;
  const base = { moq, quantity, pack: packFact(req, pack, opts) };
  if (!moq) return { ok: null, status: "unknown", container: null, ...base };
  if (!req.quantity) return { ok: null, status: "stated", container: null, ...base };
  const qty = quantityIn(req.quantity, p, pack);
  if (!qty) return { ok: null, status: "incomparable", container: null, ...base };
  const container = qty.container ?? null;
  return qty.hi >= moq.value ? { ok: true, status: "fits", container, ...base } : { ok: false, status: "above", container, ...base };
}

/** The order in the product's MOQ unit; a count of pieces or cartons converts through the pack size. */
function quantityIn(q: NonNullable<StructuredRequest["quantity"]>, p: ProductFacts, pack: Pack): QuantityRange | null {
  const direct = convertRange(q.value, q.unit, p.unit!);
  if (direct) return direct;
  // "2 t" against an MOQ of "500 pcs" of 100 mL bottles: 2 t is 20,000 bottles' worth.
  const size = pack.size;
  if (!size) return null;
  if (p.unit === "pcs") {
    const order = convertRange(q.value, q.unit, size.base);
    return order && { ...order, lo: order.lo / size.amount, hi: order.hi / size.amount };
  }
  if (q.unit === "pcs") return convertRange(q.value * size.amount, size.base, p.unit!);
  return null;
}

/** "bulk" from BULK_ORDER kg/L (tonnes, containers, pallets), "small" up to SMALL_ORDER or counted in pieces. */
export function orderClass(q: StructuredRequest["quantity"]): "bulk" | "small" | "medium" | null {
  if (!q || q.unit === "carton") return null;
  // Pieces: the buyer counts units (200 bottles, 10 jars), as a shop orders.
  if (q.unit === "pcs") return "small";
  if (q.unit === "pallet") return "bulk";
  const r = convertRange(q.value, q.unit, "kg");
  if (!r) return null;
  return r.lo >= BULK_ORDER ? "bulk" : r.hi <= SMALL_ORDER ? "small" : "medium";
}

/**
 * The pack, and whether it suits the order: tonnes want drums, IBCs, flexitanks or bulk bags, not
 * 100 mL bottles; ten bottles do not want a drum; no order wants a pack more than twice its size.
 */
function packFact(req: StructuredRequest, pack: Pack, opts: FactOptions): PackFact | null {
  const { size, cls } = pack;
  const family = pack.families[0] ?? null;
  if (!size && !family) return null;
  const order = orderClass(req.quantity);
  const none = { size, family, fit: null, factor: 1 };
  if (!req.quantity || !cls || !order) return none;
  // In the pack the buyer named: never lowered, and lifted only when that pack is a drum, an IBC, a
  // flexitank or a bulk bag (a named "bag" says nothing of its size: 5 kg bags were asked, not 25).
  const lift = family !== null && BULK_FAMILIES.includes(family);
  const named = (f: number) => (opts.packNamed === "this" ? Math.max(1, lift ? f : 1) : opts.packNamed === "other" ? Math.min(1, f) : f);
  const inBase = size ? convertRange(req.quantity.value, req.quantity.unit, size.base) : null;
  if (size && inBase && inBase.hi / size.amount < 0.5) return { size, family, fit: "large", factor: named(PACK_TOO_LARGE) };
  // A million 25 kg bags for 25,000 t: a bulk pack is too small for such an order (shiploads go in
  // the hold). Tins and cartons are how canned goods fill containers, so they are left alone.
  if (cls === "bulk" && size && inBase && inBase.lo / size.amount > MAX_PACKS) return { size, family, fit: "small", factor: named(PACK_FACTOR.bulk.retail) };
  if (order === "medium") return { size, family, fit: "ok", factor: 1 };
  const fit: PackFact["fit"] = order === "bulk" && cls === "retail" ? "small" : order === "small" && cls === "bulk" ? "large" : "ok";
  return { size, family, fit, factor: named(PACK_FACTOR[order][cls]) };
}

function leadFact(req: StructuredRequest, p: ProductFacts, now: Date): LeadFact {
  const days = p.leadTimeDays;
  if (!req.deadline) return { ok: null, status: days === null ? "unknown" : "stated", days, deadline: null, daysLeft: null };
  const daysLeft = Math.floor((Date.parse(`${req.deadline}T00:00:00Z`) - now.getTime()) / DAY_MS);
  if (days === null) return { ok: null, status: "unknown", days, deadline: req.deadline, daysLeft };
  const before = days <= daysLeft;
  return { ok: before, status: before ? "before" : "after", days, deadline: req.deadline, daysLeft };
}

function certFact(req: StructuredRequest, p: ProductFacts): CertFact | null {
  if (!req.certifications.length && !p.certifications.length) return null;
  const { satisfied, missing } = req.certifications.length ? splitCertifications(req.certifications, p.certifications) : { satisfied: [], missing: [] };
  const ok = req.certifications.length ? missing.length === 0 : null;
  return { ok, asked: req.certifications, satisfied, missing, held: p.certifications };
}

function shipsFact(req: StructuredRequest, p: ProductFacts): ShipsFact | null {
  const country = req.destination?.country;
  if (!country) return null;
  if (!p.shipsTo.length) return { ok: null, country };
  return { ok: p.shipsTo.includes("*") || p.shipsTo.includes(country) || (EU.has(country) && p.shipsTo.includes("EU")), country };
}

export type { PackClass };
