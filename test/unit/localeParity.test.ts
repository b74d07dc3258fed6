// Every locale file must offer every key of en.ftl with the same Fluent variables, so a channel
// never falls back to English (or shows a key) for one message.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { availableLanguages, languageName, t, textDirection } from "../../src/locales/index.js";

const dir = path.join(import.meta.dirname, "../../src/locales");

/** key → sorted variable names used in its value (selectors included). */
function keysAndVariables(file: string): Map<string, string[]> {
  const source = readFileSync(path.join(dir, file), "utf8");
  const out = new Map<string, string[]>();
  for (const entry of new FluentResource(source).body) {
    if (!("id" in entry) || typeof entry.id !== "string" || entry.id.startsWith("-")) continue;
    out.set(entry.id, [...new Set(JSON.stringify(entry).match(/"name":"[^"]+"/g) ?? [])].sort());
  }
  return out;
}

describe("locales", () => {
  const en = keysAndVariables("en.ftl");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ftl") && f !== "en.ftl");

  it("has Arabic and Spanish beside English and French", () => {
    expect(availableLanguages()).toEqual(expect.arrayContaining(["ar", "en", "es", "fr"]));
  });

  it.each(files)("%s has exactly en.ftl's keys with the same variables", (file) => {
    const other = keysAndVariables(file);
    expect([...other.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !other.has(k))).toEqual([]);
    for (const [key, vars] of en) expect({ key, vars: other.get(key) }).toEqual({ key, vars });
  });

  it("formats Arabic plurals and Spanish text", () => {
    expect(t("ar", "tg-days", { days: 5 })).toBe("5 يومًا");
    expect(t("es", "discord-profile", { seller: "S", country: "MA", products: 1, members: 2, leads: 3, rate: "50%" })).toContain("1 producto");
  });

  it("says which way a language is written and names it", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ar-MA")).toBe("rtl");
    expect(textDirection("es")).toBe("ltr");
    expect(languageName("es")).toBe("Español");
    expect(languageName("ar", "en")).toBe("Arabic");
  });
});
