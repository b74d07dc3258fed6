import { describe, expect, it } from "vitest";
import { isUnsupportedLanguage, languageFallbackNote, languageSupport, unsupportedLanguageNote } from "../../../src/core/extraction/languageSupport.js";
import { parse } from "./helpers.js";

const locales = ["ar", "en", "es", "fr"];

describe("language support", () => {
  it("answers a supported language in that language", () => {
    expect(languageSupport("es", { locales })).toEqual({ language: "es", understood: true, hasLocale: true, replyLanguages: ["es"] });
    expect(isUnsupportedLanguage("ar", { locales })).toBe(false);
    expect(unsupportedLanguageNote("fr", { locales })).toBeNull();
  });

  it("tells a Portuguese buyer, in English and Spanish, which languages it reads", () => {
    const note = unsupportedLanguageNote("pt", { locales }) ?? "";
    expect(note).toContain("I can't read Portuguese yet");
    expect(note).toContain("Todavía no leo portugués");
    expect(note).toContain("Arabic, English, Spanish, French");
  });

  it("answers a Russian buyer in English only, and never asks about their sentence as a product", () => {
    const r = parse("Нам нужно 5 тонн мёда в Москву");
    expect(r.language).toBe("ru");
    expect(isUnsupportedLanguage(r.language, { locales })).toBe(true);
    expect(languageSupport(r.language, { locales }).replyLanguages).toEqual(["en"]);
  });

  it("with an LLM parser, understands any language and says plainly it answers in English", () => {
    expect(isUnsupportedLanguage("pt", { locales, anyLanguage: true })).toBe(false);
    expect(languageFallbackNote("pt", { locales, anyLanguage: true })).toBe("I can't write in Portuguese yet, so I'm replying in English.");
    expect(languageFallbackNote("es", { locales, anyLanguage: true })).toBeNull();
  });
});
