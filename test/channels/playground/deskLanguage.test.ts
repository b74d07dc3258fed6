// The seller desk speaks the page's language: its labels come from the locale files (pg-desk-*),
// and the server's words (statuses, decline reasons, errors) follow the `lang` the page sends.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_KEYS } from "../../../src/channels/playground/strings.js";
import { availableLanguages, t } from "../../../src/locales/index.js";
import { call, startPlayground, type Playground } from "./harness.js";

const publicFile = (name: string) => readFileSync(path.resolve("src/channels/playground/public", name), "utf8");

describe("the desk's words are locale keys, not English in the page", () => {
  it("every word of index.html's seller half and dialogs is a data-i18n key the page asks for", () => {
    const html = publicFile("index.html");
    const desk = html.slice(html.indexOf('<section class="pane seller"'));
    // Text between tags, minus codes that are the same in every language (units, Incoterms, a dash).
    const CODES = /^(?:kg|t|l|pcs|carton|pallet|EXW|FCA|FOB|CFR|CIF|DAP|DDP|—)$/;
    const untagged = [...desk.matchAll(/<([a-z0-9]+)([^>]*)>([^<]+)</g)]
      .filter(([, tag, attrs, text]) => text!.trim() && tag !== "script" && !/data-i18n="/.test(attrs!) && !CODES.test(text!.trim()));
    expect(untagged.map(([, tag, , text]) => `<${tag}> ${text!.trim()}`)).toEqual([]);
    const keys = [...desk.matchAll(/data-i18n(?:-label)?="([^"]+)"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(30);
    for (const k of keys) expect(PAGE_KEYS as readonly string[]).toContain(k);
  });

  it("desk.js names every word by key and each key is served to the page", () => {
    const js = publicFile("desk.js");
    // No English sentence or label in a string literal (a capitalised word followed by another word).
    expect(js.match(/["`'][A-Z][a-z]+ [a-z]+[^"`']*["`']/g) ?? []).toEqual([]);
    const used = [...js.matchAll(/s\("(pg-desk-[a-z_-]+)"\)/g)].map((m) => m[1]);
    const templated = [...js.matchAll(/`(pg-desk-[a-z_]+-)\$\{/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(20);
    for (const k of used) expect(PAGE_KEYS as readonly string[]).toContain(k);
    for (const prefix of templated) expect(PAGE_KEYS.some((k) => k.startsWith(prefix!))).toBe(true);
  });

  it("no picker in the page hard-codes a language list", () => {
    expect(publicFile("index.html")).not.toMatch(/<option value="(?:en|fr|ar|es)">/);
  });
});

describe("the desk's API in the page's language", () => {
  let pg: Playground;
  beforeAll(async () => {
    pg = await startPlayground();
  }, 120_000);
  afterAll(async () => pg?.stop());

  it("serves every desk key translated, with the page's markers left for it to fill", async () => {
    for (const lang of availableLanguages()) {
      const { json } = await call(pg.url, "GET", `/api/strings?lang=${lang}`);
      const strings = json.strings as Record<string, string>;
      expect(strings["pg-desk-title"]).toBe(t(lang, "pg-desk-title"));
      expect(strings["pg-desk-playing-as"]).toContain("{seller}");
      expect(strings["pg-desk-seller-option"]).toMatch(/\{seller\}.*\{count\}/);
    }
    const [en, fr, ar, es] = await Promise.all(["en", "fr", "ar", "es"].map(async (l) => (await call(pg.url, "GET", `/api/strings?lang=${l}`)).json.strings as Record<string, string>));
    for (const other of [fr, ar, es]) expect(other!["pg-desk-send-quote"]).not.toBe(en!["pg-desk-send-quote"]);
  });

  it("answers decline reasons and errors in the language sent", async () => {
    const session = "session-desk-lang-001";
    const fr = await call(pg.url, "GET", `/api/seller/decline-reasons?session=${session}&lang=fr`);
    expect((fr.json.reasons as { label: string }[])[0]?.label).toBe(t("fr", "decline-reason-not_our_product"));
    const en = await call(pg.url, "GET", `/api/seller/decline-reasons?session=${session}`);
    expect((en.json.reasons as { label: string }[])[0]?.label).toBe(t("en", "decline-reason-not_our_product"));
    const missing = await call(pg.url, "POST", "/api/seller/select", { session, lang: "es", sellerId: "no-such-seller" });
    expect(missing.status).toBe(404);
    expect(missing.json.error).toBe(t("es", "pg-desk-error-unknown-seller"));
    const noSeller = await call(pg.url, "POST", "/api/seller/contact", { session, lang: "ar", introductionId: "x", contact: "Salma, salma@example.com" });
    expect(noSeller.json.error).toBe(t("ar", "pg-desk-error-no-seller"));
    // A form that fails validation: the sentence in the page's language, the field named.
    const badReason = await call(pg.url, "POST", "/api/seller/decline", { session, lang: "fr", introductionId: "x", reason: "bored" });
    expect(badReason.status).toBe(400);
    expect(badReason.json.error).toMatch(/^Veuillez vérifier : reason /);
  });
});
