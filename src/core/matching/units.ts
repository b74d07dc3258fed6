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
