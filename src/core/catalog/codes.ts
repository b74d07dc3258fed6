// Validation of ISO codes without shipping our own lists: the runtime's Intl data knows every
// ISO 4217 currency and ISO 3166 region, and stays current with Node upgrades. Both are built on
// first use: loading that ICU data took tens of milliseconds, paid at import by every admin command
// that only wanted spreadsheetSafe (`npm run sellers`).
let currencies: Set<string> | undefined;
let regions: Intl.DisplayNames | undefined;

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (currencies ??= new Set(Intl.supportedValuesOf("currency"))).has(code);
}

/** ISO 3166-1 alpha-2 (plus "EU", which sellers use for the single market). "ZZ" is not a country. */
const countryCache = new Map<string, boolean>();

export function isCountryCode(code: string): boolean {
  let known = countryCache.get(code);
  if (known === undefined) {
    try {
      known = /^[A-Z]{2}$/.test(code) && code !== "ZZ" && (regions ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "code" })).of(code) !== code;
    } catch {
      known = false;
    }
    if (countryCache.size < 1000) countryCache.set(code, known);
  }
  return known;
}

/** "ISO 22000", "Iso_22000 " → "iso-22000": the lowercase kebab-case form used everywhere. */
export function certificationCode(raw: string): string {
  return raw
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Spreadsheet formula-looking text (=, +, @, or - before a letter): kept as text, flagged. */
export const looksLikeFormula = (v: string): boolean => /^[=+@]|^-(?![\d.])/.test(v.trim());

/** Prefixes formula-looking text with an apostrophe so no spreadsheet ever evaluates it. */
export const spreadsheetSafe = (v: string): string => (looksLikeFormula(v) ? `'${v}` : v);
