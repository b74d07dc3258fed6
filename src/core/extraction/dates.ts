// Calendar arithmetic on plain year/month/day triples, in UTC so the machine's time zone can
// never move a deadline by a day.

export interface YMD {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export const isoDate = (v: YMD): string => `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;

export function parseIsoDate(s: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= endOfMonth(v.y, v.m) ? v : null;
}

/** Today's date in UTC as YYYY-MM-DD (the default reference date). */
export const todayIso = (clock: () => Date = () => new Date()): string => clock().toISOString().slice(0, 10);

export const endOfMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addDays(v: YMD, days: number): YMD {
  const t = new Date(Date.UTC(v.y, v.m - 1, v.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Same day N calendar months later; the 31st of a short month becomes its last day. */
export function addMonths(v: YMD, months: number): YMD {
  const index = v.y * 12 + (v.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(v.d, endOfMonth(y, m)) };
}
