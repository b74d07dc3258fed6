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

/** Translates `key`; falls back to English, then to the key itself so a gap is visible, not fatal. */
export function t(lang: string, key: string, args?: Record<string, FluentVariable>): string {
  for (const l of [lang, DEFAULT_LANGUAGE]) {
    const bundle = bundles.get(l);
    const msg = bundle?.getMessage(key);
    if (bundle && msg?.value) return bundle.formatPattern(msg.value, args);
  }
  return key;
}
