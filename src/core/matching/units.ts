// Quantity conversions between catalog units of the same kind (mass, volume). Counts, areas,
// cartons, pallets and containers only compare with themselves: a carton of what, is unknown.
import type { Unit } from "../model.js";

const MASS_KG: Partial<Record<string, number>> = { g: 0.001, kg: 1, lb: 0.45359237, t: 1000 };
const VOLUME_L: Partial<Record<string, number>> = { ml: 0.001, l: 1 };

/** `value` in `from` expressed in `to`, or null when the units do not convert. */
export function convertQuantity(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const m1 = MASS_KG[from], m2 = MASS_KG[to];
  if (m1 !== undefined && m2 !== undefined) return (value * m1) / m2;
  const v1 = VOLUME_L[from], v2 = VOLUME_L[to];
  if (v1 !== undefined && v2 !== undefined) return (value * v1) / v2;
  // Food oils and syrups are sold by the litre or the kilo; density ~0.92 is close enough to
  // judge "is 2 t above this MOQ?", never to price anything.
  if (m1 !== undefined && v2 !== undefined) return (value * m1) / 0.92 / v2;
  if (v1 !== undefined && m2 !== undefined) return (value * v1 * 0.92) / m2;
  return null;
}

export function formatQuantity(value: number, unit: Unit | string): string {
  const v = Number.isInteger(value) ? value.toLocaleString("en") : value.toLocaleString("en", { maximumFractionDigits: 2 });
  return `${v} ${unit}`;
}

// What a container holds, as a range: a 20 ft box is weight-limited at about 16–24 t (a flexitank
// holds 16,000–24,000 L), a 40 ft at about 20–26 t or 20,000–26,000 L of liquid in flexitank or IBCs;
// a 20 ft takes ~10 pallets, a 40 ft ~20. Enough to say whether an order reaches an MOQ, and said.
const CONTAINER: Record<string, { kg: [number, number]; l: [number, number]; teu: number; pallets: number; label: string }> = {
  container20: { kg: [16_000, 24_000], l: [16_000, 24_000], teu: 1, pallets: 10, label: "1 × 20 ft ≈ 16–24 t or 16,000–24,000 L" },
  container40: { kg: [20_000, 26_000], l: [20_000, 26_000], teu: 2, pallets: 20, label: "1 × 40 ft ≈ 20–26 t or 20,000–26,000 L" },
};

export interface QuantityRange {
  lo: number;
  hi: number;
  /** The container assumption used, to be stated to the buyer; null for an exact conversion. */
  assumption: string | null;
  /** The same assumption as data, for channels to say in the buyer's language. */
  container?: ContainerAssumption;
}

/** "count × size ft ≈ t[0]–t[1] t or l[0]–l[1] L of liquid". */
export interface ContainerAssumption {
  size: 20 | 40;
  count: number;
  t: [number, number];
  l: [number, number];
}

function assumptionOf(unit: string, count: number): ContainerAssumption {
  const c = CONTAINER[unit]!;
  return { size: unit === "container20" ? 20 : 40, count, t: [(c.kg[0] * count) / 1000, (c.kg[1] * count) / 1000], l: [c.l[0] * count, c.l[1] * count] };
}

/** `value` of `from` in `to`, as a range when a container is involved; null when they do not convert. */
export function convertRange(value: number, from: string, to: string): QuantityRange | null {
  const exact = convertQuantity(value, from, to);
  if (exact !== null) return { lo: exact, hi: exact, assumption: null };
  const cf = CONTAINER[from], ct = CONTAINER[to];
  if (cf && ct) return { lo: (value * cf.teu) / ct.teu, hi: (value * cf.teu) / ct.teu, assumption: null };
  if (cf && to === "pallet") return { lo: value * cf.pallets, hi: value * cf.pallets, assumption: cf.label };
  if (ct && from === "pallet") return { lo: value / ct.pallets, hi: value / ct.pallets, assumption: ct.label };
  if (cf) {
    const base = MASS_KG[to] !== undefined ? ["kg", cf.kg] as const : VOLUME_L[to] !== undefined ? ["l", cf.l] as const : null;
    if (!base) return null;
    const [lo, hi] = base[1].map((b) => convertQuantity(value * b, base[0], to)!);
    return { lo: lo!, hi: hi!, assumption: cf.label, container: assumptionOf(from, value) };
  }
  if (ct) {
    const base = MASS_KG[from] !== undefined ? ["kg", ct.kg] as const : VOLUME_L[from] !== undefined ? ["l", ct.l] as const : null;
    if (!base) return null;
    const inBase = convertQuantity(value, from, base[0])!;
    return { lo: inBase / base[1][1], hi: inBase / base[1][0], assumption: ct.label, container: assumptionOf(to, 1) };
  }
  return null;
}
