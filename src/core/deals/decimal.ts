// Money and quantities cross the core as canonical decimal strings: "14.5", never 14.499999.
// Four decimals, like the database columns (Decimal(18,4)).
import type { DecimalString } from "./types.js";

const DECIMAL = /^\d{1,14}(\.\d+)?$/;

/** Canonical form of a non-negative number or numeric string, rounded to 4 decimals; null when not a number. */
export function toDecimal(v: number | string): DecimalString | null {
  const s = typeof v === "number" ? (Number.isFinite(v) && v >= 0 ? v.toFixed(4) : "") : v.trim();
  if (!DECIMAL.test(s)) return null;
  const [int = "0", frac = ""] = s.split(".");
  let f = frac;
  if (f.length > 4) {
    // Round half up on the fifth decimal, through integer arithmetic in ten-thousandths.
    const scaled = BigInt(int + f.slice(0, 4)) + (Number(f[4]) >= 5 ? 1n : 0n);
    const digits = scaled.toString().padStart(5, "0");
    // 99999999999999.99995 rounds up to 15 integer digits: past the column.
    if (digits.length > 18) return null;
    return trim(`${digits.slice(0, -4)}.${digits.slice(-4)}`);
  }
  f = f.padEnd(4, "0");
  return trim(`${BigInt(int).toString()}.${f}`);
}

/**
 * True for a number (or numeric string) too large for Decimal(18,4). Only asked after toDecimal
 * said null, to word the refusal; doubles cannot tell 1e14 from a hair below it, nor need to.
 */
export function decimalTooLarge(v: number | string): boolean {
  const n = typeof v === "number" ? v : Number(v.trim());
  return n >= 1e14;
}

function trim(s: string): string {
  return s.replace(/\.?0+$/, "") || "0";
}

export const decimalToNumber = (d: DecimalString): number => Number(d);

/** YYYY-MM-DD of a date in UTC (database DATE columns come back as UTC midnight). */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** UTC midnight of the day `d` falls on. */
export const startOfUtcDay = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
