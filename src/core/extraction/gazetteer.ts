// Countries (English and French names, from the runtime's ICU data, plus common aliases), major
// ports and cities, states and provinces → ISO alpha-2. Lookup is a word n-gram scan: linear,
// no regex per name.
import { CITIES, NAMESAKES, REGIONS } from "./places.js";
import { CITIES_AR_ES, COUNTRY_ALIASES_AR_ES, MORE_CITIES_AR_ES } from "./placesArEs.js";
import { fold, withoutArabicMarks, words, type Span, type Word } from "./text.js";

export type PlaceKind = "country" | "city" | "region";

export interface GazetteerEntry {
  country: string;
  /** English name of a city or port; null for countries and regions. */
  place: string | null;
  kind: PlaceKind;
  /** Also an ordinary word ("turkey", "china", "Nice"): needs a place cue before it. */
  ambiguous: boolean;
  /** Only as capitals ("US", not "us"). */
  capsOnly: boolean;
}

export interface PlaceMatch extends Span, GazetteerEntry {
  /** Index of the first word of the match in `words(folded)`. */
  wordIndex: number;
  /** An Arabic preposition joined to the name ("لبيروت" → to Beirut). */
  joinedCue?: "to" | "in";
}

const ISO =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW".split(" ");

const ISO_SET: ReadonlySet<string> = new Set(ISO);
/** True for an assigned ISO 3166-1 alpha-2 code ("MA", "XK"), false for "EU", "ZZ", "usa". */
export const isIsoCountry = (code: string): boolean => ISO_SET.has(code);

const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ["usa", "u.s.a.", "u.s.", "united states of america", "america", "amerique", "etats-unis d'amerique", "the states"],
  GB: ["uk", "u.k.", "great britain", "britain", "england", "scotland", "wales", "angleterre", "grande-bretagne", "ecosse"],
  NL: ["holland", "hollande"],
  AE: ["uae", "u.a.e.", "emirates", "eau", "emirats", "dubai uae"],
  SA: ["ksa", "saudi", "arabie"],
  KR: ["korea", "coree"],
  TR: ["turkey", "turkiye", "turquie"],
  CI: ["ivory coast"],
  CD: ["drc", "rdc", "democratic republic of the congo", "congo kinshasa"],
  CG: ["congo", "congo brazzaville"],
  CZ: ["czech republic", "republique tcheque"],
  VN: ["viet nam"],
  MO: ["macau", "macao"],
  PS: ["palestine"],
  MK: ["macedonia", "macedoine"],
  CV: ["cape verde", "cap vert"],
  SZ: ["swaziland"],
  TL: ["east timor"],
  BA: ["bosnia", "bosnie"],
};
const AMBIGUOUS_NAMES = new Set([
  "turkey", "china", "chile", "jordan", "georgia", "chad", "guinea", "niger", "jersey", "guernsey", "reunion",
  "dominica", "dominique", "maurice", "panama", "togo", "man", "guinee", "georgie", "chine", "congo", "america",
  "amerique", "the states", "wales", "bahrain", "kuwait", "mexico", "grenada", "grenade", "iceland", "man",
  // Also the feminine adjective of the country: "قهوة تركية" (Turkish coffee), "carne argentina".
  "تركيه", "سوريه", "argentina", "argentine",
]);
// Also ordinary words in lower case: "us", French "eau", the article "la" (Los Angeles as "LA").
const CAPS_ONLY = new Set(["us", "eau", "la", "l.a."]);

/** Folded word sequence used as the index key: "Côte d’Ivoire" → "cote d' ivoire". */
export const keyOf = (name: string): string => words(fold(withoutArabicMarks(name))).map((w) => w.text).join(" ");

const index = new Map<string, GazetteerEntry>();
let maxWords = 1;
/** Keys that are French spellings ("anvers", "allemagne", "montréal"): a hint of the buyer's language. */
const frenchKeys = new Set<string>(
  "anvers bruxelles londres alger hambourg barcelone lisbonne venise varsovie moscou copenhague bucarest singapour mascate djeddah riyad beyrouth alexandrie gand francfort tanger".split(" "),
);
frenchKeys.add("le caire").add("le cap").add("la haye");

function add(name: string, entry: GazetteerEntry): void {
  const key = keyOf(name);
  if (!key || index.has(key)) return;
  index.set(key, { ...entry, ambiguous: entry.ambiguous || AMBIGUOUS_NAMES.has(key), capsOnly: CAPS_ONLY.has(key) });
  maxWords = Math.max(maxWords, key.split(" ").length);
}

function loadPlaces(table: string, kind: PlaceKind, frenchSpellings = true): void {
  let current: { country: string; place: string | null; ambiguous: boolean } | null = null;
  for (const raw of table.split(/[|\n]/).map((s) => s.trim()).filter(Boolean)) {
    const flagged = raw.startsWith("?");
    const token = flagged ? raw.slice(1) : raw;
    if (/^[A-Z]{2}$/.test(token)) {
      current = { country: token, place: null, ambiguous: flagged };
      continue;
    }
    if (!current) continue;
    if (frenchSpellings && current.place !== null && /[éèêàçôîûïëâ]/.test(token)) frenchKeys.add(keyOf(token));
    if (current.place === null) current.place = token;
    current.ambiguous ||= flagged;
    add(token, { country: current.country, place: kind === "city" ? current.place : null, kind, ambiguous: current.ambiguous, capsOnly: false });
  }
}

function loadCountries(): void {
  const names = ["en", "fr", "es", "ar"].map((l) => new Intl.DisplayNames([l], { type: "region" }));
  for (const code of ISO) {
    const base = { country: code, place: null, kind: "country" as const, ambiguous: false, capsOnly: false };
    const english = keyOf(names[0]?.of(code) ?? "");
    const french = keyOf(names[1]?.of(code) ?? "");
    if (french && french !== english) frenchKeys.add(french);
    for (const dn of names) {
      const name = dn.of(code);
      if (!name || name === code) continue;
      // "Myanmar (Burma)", "Congo - Kinshasa", "Bosnia & Herzegovina", "Hong Kong SAR China".
      for (const part of name.split(/\s[-(]\s?|\)/)) add(part, base);
      add(name.replace(/\s?\(.*\)/, ""), base);
      add(name.replace(/&/g, "and"), base);
      add(name.replace(/&/g, "et"), base);
    }
    for (const alias of [...(COUNTRY_ALIASES[code] ?? []), ...(COUNTRY_ALIASES_AR_ES[code] ?? [])]) add(alias, base);
  }
  add("us", { country: "US", place: null, kind: "country", ambiguous: false, capsOnly: true });
}

// Cities first: "Hong Kong" and "Singapore" are places with a country of their own.
loadPlaces(CITIES, "city");
loadPlaces(CITIES_AR_ES, "city", false);
loadPlaces(MORE_CITIES_AR_ES, "city", false);
loadCountries();
loadPlaces(REGIONS, "region");

/** Towns in other countries sharing a city's English name: "San Antonio" → Chile (a port). */
const namesakes = new Map<string, { country: string; port: boolean }[]>();
for (const line of NAMESAKES.split("\n").map((l) => l.trim()).filter(Boolean)) {
  const [country = "", place = "", flag] = line.split("|");
  namesakes.set(place, [...(namesakes.get(place) ?? []), { country, port: flag === "port" }]);
}
export const namesakesOf = (place: string): readonly { country: string; port: boolean }[] => namesakes.get(place) ?? [];

/** True when a place name in the text is spelled the French way ("Bruxelles", "Allemagne"). */
export function hasFrenchPlaceName(text: string, folded: string): boolean {
  const ws = words(folded);
  return findPlaces(text, folded, ws).some((m) => frenchKeys.has(ws.slice(m.wordIndex).filter((w) => w.end <= m.end).map((w) => w.text).join(" ")));
}

/** The entry for one name ("Anvers", "Maroc", "New Jersey"), for normalising LLM answers too. */
export function lookupPlace(name: string): GazetteerEntry | null {
  return index.get(keyOf(name)) ?? null;
}

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
function withinOneEdit(a: string, b: string, swaps: boolean): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution (or equal)
  if (a.slice(i + 1) === b.slice(i)) return true; // a has one more letter
  if (a.slice(i) === b.slice(i + 1)) return true; // b has one more letter
  return swaps && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
}

/**
 * A one-word place a typo away ("dubay", "marseile", "rotterdan"): the single gazetteer name of five
 * or more letters within one edit (a swap of neighbours from seven letters), or null when none or
 * several places are that close. Names that are also ordinary words never match this loosely.
 */
export function nearestPlace(word: string): GazetteerEntry | null {
  if (word.length < 5 || !/^[a-z'-]+$/.test(word)) return null;
  let found: GazetteerEntry | null = null;
  for (const [key, entry] of index) {
    if (entry.ambiguous || entry.capsOnly || key.length < 5 || key.includes(" ") || !withinOneEdit(key, word, word.length >= 7)) continue;
    // Short words are often real words one letter from a town ("parts"/"Paris", "bread"/"Breda"):
    // at five letters only the ending may differ ("dubay", "jedda").
    if (word.length === 5 && key.slice(0, 4) !== word.slice(0, 4)) continue;
    if (found && (found.country !== entry.country || found.place !== entry.place)) return null;
    found = entry;
  }
  return found;
}

const joinable = (folded: string, a: Word, b: Word): boolean => /^[\s'.-]{0,2}$/.test(folded.slice(a.end, b.start));

/** Every gazetteer name in the text, longest first at each position, in reading order. */
/**
 * Arabic writes "to", "in", "and" as letters joined to the name ("لبيروت", "ببيروت", "للمغرب"):
 * the bare name, with how many letters were cut and which cue they were.
 */
export function arabicClitics(word: string): { rest: string; cut: number; cue: "to" | "in" | null }[] {
  if (!/^[\u0621-\u064a]/.test(word)) return [];
  const out: { rest: string; cut: number; cue: "to" | "in" | null }[] = [];
  const conj = /^[وف]/.test(word) && word.length > 3 ? 1 : 0;
  const base = word.slice(conj);
  if (conj) out.push({ rest: base, cut: conj, cue: null });
  if (base.startsWith("لل") && base.length > 3) out.push({ rest: `ا${base.slice(1)}`, cut: conj + 1, cue: "to" });
  if (/^[لبك]/.test(base) && base.length > 3) out.push({ rest: base.slice(1), cut: conj + 1, cue: base.startsWith("ل") ? "to" : "in" });
  return out;
}

export function findPlaces(text: string, folded: string, ws: Word[] = words(folded)): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  // In a message typed in capitals, "US" and "LA" are the words "us" and "la", not places.
  const cased = text.replace(/[^\p{Lu}\p{Ll}]/gu, "");
  const shouting = cased.length > 8 && cased.replace(/\p{Ll}/gu, "").length / cased.length > 0.8;
  for (let i = 0; i < ws.length; i++) {
    const head = ws[i] as Word;
    const heads = [{ rest: head.text, cut: 0, cue: null as "to" | "in" | null }, ...arabicClitics(head.text)];
    let found = false;
    for (let n = Math.min(maxWords, ws.length - i); n >= 1 && !found; n--) {
      let tail = "";
      let ok = true;
      for (let j = i + 1; j < i + n; j++) {
        const w = ws[j] as Word;
        if (!joinable(folded, ws[j - 1] as Word, w)) ok = false;
        tail += ` ${w.text}`;
      }
      if (!ok) continue;
      for (const h of heads) {
        const entry = index.get(h.rest + tail);
        if (!entry) continue;
        const last = ws[i + n - 1] as Word;
        const start = head.start + h.cut;
        // (English "THE US", "TO LA" are still places: no French or Spanish article follows those.)
        const englishCue = ["the", "to", "in", "near", "from"].includes(ws[i - 1]?.text ?? "");
        if (entry.capsOnly && ((shouting && !englishCue) || text.slice(start, last.end) !== text.slice(start, last.end).toUpperCase())) continue;
        out.push({ ...entry, start, end: last.end, wordIndex: i, ...(h.cue ? { joinedCue: h.cue } : {}) });
        i += n - 1;
        found = true;
        break;
      }
    }
  }
  return out;
}
