// Accent folding shared by the matcher (query expansion) and the offline embedder and keyword
// index, so both see the same words.

// Letters that NFKD does not decompose into a base letter plus a combining mark.
const LIGATURES: Record<string, string> = { "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i" };
const LIGATURE_RE = /[œæßøłđðþı]/g;
const COMBINING_RE = /\p{M}+/gu;

/** Lowercases and strips accents: "Huile d'Argan Bio — Œufs" → "huile d'argan bio — oeufs". */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Pure ASCII (most catalog text) needs no Unicode normalisation: skip the costly path.
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower.normalize("NFKD").replace(COMBINING_RE, "").replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}
