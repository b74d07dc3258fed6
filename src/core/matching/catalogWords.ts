// A buyer's English names for the catalogs' products ("garbanzo beans", "easy peelers", "chapstick")
// replaced by the catalogs' own words before matching, so the keyword query, the type check and the
// "nothing fits" check all read the product the buyer means. Without it, a name the titles never
// use proves the product missing ("no seller lists garbanzo beans") while chickpeas are on sale.
import { foldText } from "../textFold.js";
import { TRADE_SYNONYMS } from "./englishSynonyms.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Longest first, so "garbanzo beans" wins over "garbanzo"; a plural "s"/"es" is part of the match.
const KEYS = Object.keys(TRADE_SYNONYMS).sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}-])(${KEYS.map(escape).join("|")})(?:e?s)?(?![\\p{L}\\p{N}-])`, "gu");

/** The text with each of the buyer's synonyms in the catalogs' words; unchanged when it has none. */
export function catalogWords(text: string): string {
  const folded = foldText(text);
  // No value is its key or its key's plural (catalogWords.test.ts), so an unchanged text had none.
  const out = folded.replace(PATTERN, (_, key: string) => TRADE_SYNONYMS[key]!);
  return out === folded ? text : out;
}
