// Feasts whose date moves every year: Western Easter (computed) and the lunar (Chinese) New Year
// (listed: ICU's Chinese calendar puts 2027 on 7 February, a day after the official date, because
// that new moon falls minutes before midnight in Beijing).
import { isoDate, type YMD } from "./dates.js";

/** Western (Gregorian) Easter Sunday of a year, by the anonymous Gregorian computus. */
export function easterSunday(year: number): YMD {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y: year, m: month, d: day };
}

// First day of the lunar year, as the Hong Kong Observatory and China's official calendar give it.
const LUNAR_NEW_YEAR = ["2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03", "2031-01-23", "2032-02-11"];

/** The next Easter Sunday on or after `now`. */
export function nextEaster(now: YMD): YMD {
  const thisYear = easterSunday(now.y);
  return isoDate(thisYear) >= isoDate(now) ? thisYear : easterSunday(now.y + 1);
}

/** The next lunar New Year's Day on or after `now`, or null past the table. */
export function nextLunarNewYear(now: YMD): YMD | null {
  const iso = LUNAR_NEW_YEAR.find((d) => d >= isoDate(now));
  if (!iso) return null;
  const [y = 0, m = 0, d = 0] = iso.split("-").map(Number);
  return { y, m, d };
}
