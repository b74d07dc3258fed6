// Which languages Caravan can understand and answer, and what to tell a buyer who writes in
// another one. Pure: channels pass the locale list (src/locales) and whether an LLM parser, which
// reads any language, is on; they render the note this returns.
import { DEFAULT_LANGUAGE, languageName, t } from "../../locales/index.js";

/** Languages the offline rules parser reads (its word lists, units, months and places). */
export const RULES_PARSER_LANGUAGES: readonly string[] = ["ar", "en", "es", "fr"];

// The supported language a speaker of another one most likely reads too (regional lingua franca).
const CLOSEST: Record<string, string> = {
  pt: "es", it: "es", ca: "es", gl: "es", ro: "fr", fa: "ar", ur: "ar", ku: "ar", so: "ar", ha: "fr",
  wo: "fr", ber: "fr", zgh: "fr", kab: "fr", ln: "fr", mg: "fr", ht: "fr", nl: "fr",
};

export interface LanguageSupport {
  /** ISO 639-1 code of the message. */
  language: string;
  /** The parser in use can read the message. */
  understood: boolean;
  /** A locale file exists for it: questions and cards come in that language. */
  hasLocale: boolean;
  /** Languages to answer in, in order: the buyer's own, else English then the closest supported one. */
  replyLanguages: string[];
}

export interface SupportOptions {
  /** Locale files available (availableLanguages()). */
  locales: readonly string[];
  /** The LLM parser reads any language; the rules parser only RULES_PARSER_LANGUAGES. */
  anyLanguage?: boolean;
}

export function languageSupport(language: string, options: SupportOptions): LanguageSupport {
  const lang = (language ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  const hasLocale = options.locales.includes(lang);
  const understood = Boolean(options.anyLanguage) || RULES_PARSER_LANGUAGES.includes(lang);
  if (hasLocale) return { language: lang, understood, hasLocale, replyLanguages: [lang] };
  const closest = CLOSEST[lang];
  const replyLanguages = [DEFAULT_LANGUAGE, ...(closest && closest !== DEFAULT_LANGUAGE && options.locales.includes(closest) ? [closest] : [])];
  return { language: lang, understood, hasLocale, replyLanguages };
}

/** True when the message must get the "languages I understand" note instead of a question. */
export const isUnsupportedLanguage = (language: string, options: SupportOptions): boolean => !languageSupport(language, options).understood;

/**
 * The "language-unsupported" message for a buyer whose language Caravan cannot read, once per
 * language to answer in (English, then the closest supported one), with its arguments named in
 * that language; null when the language is understood.
 */
export function unsupportedLanguageMessages(language: string, options: SupportOptions): { lang: string; args: { language: string; languages: string } }[] | null {
  const support = languageSupport(language, options);
  if (support.understood) return null;
  const understood = options.locales.filter((l) => RULES_PARSER_LANGUAGES.includes(l));
  return support.replyLanguages.map((reply) => ({
    lang: reply,
    args: { language: languageName(support.language, reply), languages: understood.map((l) => languageName(l, reply)).join(", ") },
  }));
}

/** The same note as text, one paragraph per language, or null when the language is understood. */
export function unsupportedLanguageNote(language: string, options: SupportOptions): string | null {
  const messages = unsupportedLanguageMessages(language, options);
  return messages && messages.map((m) => t(m.lang, "language-unsupported", m.args)).join("\n\n");
}

/**
 * The "language-fallback" message (in English, with the language named in English) for a buyer
 * whose language an LLM parser understood but which has no locale file, or null when Caravan
 * answers in the buyer's own language (or cannot read it at all).
 */
export function languageFallbackMessage(language: string, options: SupportOptions): { lang: string; args: { language: string } } | null {
  const support = languageSupport(language, options);
  if (support.hasLocale || !support.understood) return null;
  return { lang: DEFAULT_LANGUAGE, args: { language: languageName(support.language, DEFAULT_LANGUAGE) } };
}

/** The same line as text, or null when no fallback happened. */
export function languageFallbackNote(language: string, options: SupportOptions): string | null {
  const m = languageFallbackMessage(language, options);
  return m && t(m.lang, "language-fallback", m.args);
}
