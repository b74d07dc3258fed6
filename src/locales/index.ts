// User-facing strings live in Fluent files (src/locales/<lang>.ftl): adding a language is adding
// a file. Every channel (Telegram, Discord, playground) translates through this one function.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

const dir = import.meta.dirname;
export const DEFAULT_LANGUAGE = "en";

const bundles = new Map<string, FluentBundle>();
for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
  const lang = path.basename(file, ".ftl");
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(readFileSync(path.join(dir, file), "utf8")));
  if (errors.length) throw new Error(`src/locales/${file}: ${errors.map(String).join("; ")}`);
  bundles.set(lang, bundle);
}

export const availableLanguages = (): string[] => [...bundles.keys()].sort();

/** The supported language closest to a Telegram/Discord language code ("fr-CA" → "fr"). */
export function pickLanguage(code: string | null | undefined): string {
  const base = (code ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return bundles.has(base) ? base : DEFAULT_LANGUAGE;
}

/** Where formatting problems go (a missing variable, a bad reference); set once by the app's logger. */
type FormatProblem = (info: { lang: string; key: string; problems: string[] }) => void;
let reportProblem: FormatProblem = () => undefined;
export const onFormatProblem = (report: FormatProblem): void => {
  reportProblem = report;
};

/**
 * Translates `key`; falls back to English, then to the key itself so a gap is visible, not fatal.
 * Never throws: Fluent, given an errors array, formats a missing variable as `{$name}` and
 * reports it instead of throwing, so one wrong argument costs a placeholder, not the process.
 */
export function t(lang: string, key: string, args?: Record<string, FluentVariable>): string {
  for (const l of [lang, DEFAULT_LANGUAGE]) {
    const bundle = bundles.get(l);
    const msg = bundle?.getMessage(key);
    if (bundle && msg?.value) {
      const errors: Error[] = [];
      const text = bundle.formatPattern(msg.value, args, errors);
      if (errors.length) reportProblem({ lang: l, key, problems: errors.map((e) => e.message) });
      return text;
    }
  }
  return key;
}

/** A message as data: a key and its arguments, an argument itself a message key to translate first (a status word). */
export interface MessageRef {
  key: string;
  args?: Record<string, string | number | { key: string }>;
}

/** Translates a message given as data; `shape` may adjust each argument once translated (e.g. cut it for a button). */
export function translate(lang: string, msg: MessageRef, shape?: (value: string | number) => string | number): string {
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(msg.args ?? {})) {
    const value = typeof v === "object" ? t(lang, v.key) : v;
    args[k] = shape ? shape(value) : value;
  }
  return t(lang, msg.key, args);
}

const RTL = new Set(["ar", "fa", "he", "ur"]);
/** Writing direction of a language, for the playground's `dir` attribute. */
export const textDirection = (lang: string): "rtl" | "ltr" => (RTL.has((lang ?? "").toLowerCase().split(/[-_]/)[0] ?? "") ? "rtl" : "ltr");

/** A language's name in `inLang` ("ar" in English → "Arabic"); its own name (autonym) by default. */
export function languageName(lang: string, inLang: string = lang): string {
  try {
    const name = new Intl.DisplayNames([inLang], { type: "language" }).of(lang);
    if (!name || name === lang) return lang;
    // An autonym labels a button ("Español"); inside a sentence the language's own case rules stay.
    return inLang === lang ? name.charAt(0).toLocaleUpperCase(inLang) + name.slice(1) : name;
  } catch {
    return lang;
  }
}
/** Whether a message exists in English (every key has an English text): to pick the most specific of several keys. */
export const hasMessage = (key: string): boolean => Boolean(bundles.get(DEFAULT_LANGUAGE)?.getMessage(key)?.value);
