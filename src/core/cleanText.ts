// Every piece of text a person or a platform hands us passes here before it is validated or
// stored. Postgres refuses NUL in text (22021), platforms refuse strings that are not valid UTF-8
// (a lone surrogate), and other C0 control characters are invisible garbage that breaks rendering.
// Cleaning rather than refusing keeps the buyer's message: a NUL pasted from a PDF should not cost
// them their request. Text left empty by the cleaning is refused by the caller as empty.
import { cutText } from "./textCut.js";

// C0 controls except tab (\t) and newline (\n), and DEL. \r is handled first (newlines).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `s` with each lone surrogate replaced by U+FFFD: for fields that refuse control characters with a message instead of cleaning them. */
export const wellFormed = (s: string): string => s.replace(LONE_SURROGATE, "\uFFFD");

/** `s` without control characters (tab and newline kept, CR/CRLF become newlines) and with each lone surrogate replaced by U+FFFD. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(LONE_SURROGATE, "\uFFFD");
}

/** A JSON-like value with every string in it cleaned: Postgres's jsonb refuses NUL (\u0000) anywhere. */
export function cleanDeep(v: unknown): unknown {
  if (typeof v === "string") return cleanText(v);
  if (Array.isArray(v)) return v.map(cleanDeep);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cleanDeep(x)]));
  return v;
}

/** True when `cleanText` would change nothing but line endings. */
export const isClean = (s: string): boolean => cleanText(s) === s.replace(/\r\n?/g, "\n");

/** One line: cleaned, every run of whitespace (newlines too) a single space, trimmed. */
export const cleanLine = (s: string): string => cleanText(s).replace(/\s+/g, " ").trim();

/**
 * A display name as a platform gives it (Telegram first/last name, Discord user name): one clean
 * line, cut code-point-safely to `max` characters; null when nothing printable is left.
 */
export function platformName(parts: ReadonlyArray<string | null | undefined>, max = 100): string | null {
  const name = cleanLine(parts.filter(Boolean).join(" "));
  return name ? cutText(name, max).trim() : null;
}
