// Text preparation shared by every extractor. The parser works on a "folded" copy (lowercase,
// accents stripped) that has exactly the same length as the cleaned original, so a match found in
// the folded text can be cut out of the original with its casing and accents intact.

/** Longest text the rules parser looks at; the rest is ignored and the result says so. */
export const MAX_PARSE_CHARS = 4000;

export interface Span {
  start: number;
  end: number;
}

export interface PreparedText {
  /** Cleaned text: markup removed, spaces normalised, capped at MAX_PARSE_CHARS. */
  text: string;
  /** Same length as `text`: lowercase, without accents. */
  folded: string;
  truncated: boolean;
}

// One character for one: typographic variants become their plain forms in the folded copy only,
// so the original keeps what the buyer typed (products are cut from it verbatim).
const PLAIN: Record<string, string> = {
  "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ",
  "\u00d7": "x", "\t": " ",
  // Arabic: one spelling per letter (hamza seats, alef maqsura, ta marbuta) and Western digits and
  // punctuation, so "أطنان"/"اطنان", "٢٠٠"/"200" and "،"/"," read the same.
  "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647",
  "\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066b": ".", "\u066c": ",", "\u066a": "%",
};
for (let d = 0; d < 10; d++) {
  PLAIN[String.fromCharCode(0x0660 + d)] = String(d);
  PLAIN[String.fromCharCode(0x06f0 + d)] = String(d);
}

/** Arabic short-vowel marks, shadda and the tatweel: they stretch or vowel letters without changing the word. */
export const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
/** The text without Arabic marks: a mark is no letter, so "دوّر" would otherwise read as "دو" and "ر". */
export const withoutArabicMarks = (text: string): string => text.replace(ARABIC_MARKS, "");

function foldChar(c: string): string {
  const plain = PLAIN[c];
  if (plain) return plain;
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return c; // half of an emoji: leave alone
  const lower = c.toLowerCase();
  if (lower.length !== 1) return c;
  const bare = lower.normalize("NFD").replace(/\p{M}/gu, "");
  return bare.length === 1 ? bare : lower;
}

/** Lowercase and strip accents without changing the length (one UTF-16 unit in, one out). */
export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] ?? "");
  return out;
}

/** Markup and invisible characters go: a buyer's HTML or Markdown is data, not format. */
export function cleanText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/<(script|style)\b[^>]{0,200}>[\s\S]{0,8000}?<\/\1\s*>/gi, " ")
    .replace(/<\/?[a-z][^<>]{0,200}>/gi, " ")
    .replace(/&nbsp;/gi, " ")
    .replace(/&amp;/gi, "&")
    .replace(/[\u200b-\u200f\u2060\ufeff\u061c]/g, "")
    .replace(ARABIC_MARKS, "")
    .replace(/[*_~#|]+/g, " ")
    .replace(/\r\n?/g, "\n");
}

export function prepareText(raw: string): PreparedText {
  // Cap before cleaning too, so a 1 MB message never reaches the regexes.
  const capped = raw.length > MAX_PARSE_CHARS * 2 ? raw.slice(0, MAX_PARSE_CHARS * 2) : raw;
  let text = cleanText(capped);
  let truncated = raw.length > MAX_PARSE_CHARS * 2;
  if (text.length > MAX_PARSE_CHARS) {
    text = text.slice(0, MAX_PARSE_CHARS);
    truncated = true;
  }
  return { text, folded: fold(text), truncated };
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Words of the folded text with their offsets. Hyphens and apostrophes split words, and a French
 * elision stays a word of its own ("d'huile" → "d'", "huile") so cues like "d'" can be read.
 */
export function words(folded: string): Word[] {
  const out: Word[] = [];
  const re = /(?<![\p{L}\p{N}])(?:qu|jusqu|lorsqu|puisqu|[ldjmnstc])'(?=\p{L})|[\p{L}\p{N}]+/gu;
  for (const m of folded.matchAll(re)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Replaces the given spans by spaces (same length), so later extractors do not see them again. */
export function mask(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const chars = text.split("");
  for (const s of spans) for (let i = s.start; i < s.end && i < chars.length; i++) chars[i] = " ";
  return chars.join("");
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** True when the original text at this span starts with a capital letter (proper nouns). */
export function isCapitalised(text: string, span: Span): boolean {
  const c = text[span.start] ?? "";
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
