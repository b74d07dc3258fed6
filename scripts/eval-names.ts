// `npm run eval:names [-- --lang ar|es|fr|en] [--failures N]`: how buyers name the catalog's products
// in each language (data/eval/names-*.jsonl: a buyer's name and the title of one product of that
// kind, written from the catalogs alone). Each name goes through the matcher as a short request
// ("Hola, buscamos: …"); the name is read when the shortlist's first item is of that kind (the
// product itself, its category, or a product type in common) and "nothing fits" is not said.
// A coverage check of the lexicons and the type reading, not a ranking figure: the lexicons were
// mended on these names, so they are dev data.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { runScript, UsageError } from "./lib/runScript.js";
import { readJsonl } from "./lib/jsonl.js";
import { seededCatalog } from "./lib/seededCatalog.js";
import { matchText } from "../src/core/matching/matchRequest.js";
import { productTypes } from "../src/core/matching/productType.js";

const LANGUAGES = ["en", "fr", "es", "ar"] as const;
/** The short request each name is sent in: a greeting and a need word, as buyers open a chat. */
const REQUEST = { en: "Hi, we need: {name}", fr: "Bonjour, nous cherchons : {name}", es: "Hola, buscamos: {name}", ar: "مرحبا، نحتاج: {name}" } as const;
const lineSchema = z.object({ name: z.string().min(1), title: z.string().min(1) });

await runScript("eval:names", async ({ config, argv }) => {
  const { values } = parseArgs({ args: argv, options: { lang: { type: "string" }, failures: { type: "string", default: "0" }, catalog: { type: "string", default: "data/catalogs" } } });
  const langs = values.lang ? [values.lang] : [...LANGUAGES];
  if (!langs.every((l): l is (typeof LANGUAGES)[number] => (LANGUAGES as readonly string[]).includes(l))) throw new UsageError("--lang takes en, fr, es or ar");
  const { db, deps, products: all } = await seededCatalog(config, values.catalog);
  try {
    const byTitle = new Map(all.map((p) => [p.title, p]));
    console.log("| language | names | first item of the kind |\n|---|---|---|");
    const misses: string[] = [];
    for (const lang of langs as (typeof LANGUAGES)[number][]) {
      const file = `data/eval/names-${lang}.jsonl`;
      if (!existsSync(file)) continue;
      let read = 0;
      let total = 0;
      for await (const { line, value } of readJsonl(file)) {
        const parsed = lineSchema.safeParse(value);
        if (!parsed.success) throw new UsageError(`${file}:${line}: ${parsed.error.issues[0]?.message}`);
        const want = byTitle.get(parsed.data.title);
        if (!want) throw new UsageError(`${file}:${line}: no catalog product is titled "${parsed.data.title}"`);
        total++;
        const s = await matchText(deps, REQUEST[lang].replace("{name}", parsed.data.name), { limit: 3, perSeller: 2 });
        const first = (s.items.length ? s.items : s.near)[0]?.product;
        const kinds = productTypes(want);
        const ofKind = !!first && (first.id === want.id || first.category === want.category || [...productTypes(first)].some((t) => kinds.has(t)));
        if (ofKind && !s.weak) read++;
        else misses.push(`  ${lang} "${parsed.data.name}" → ${s.weak ? "nothing fits; near: " : ""}${first?.title ?? "—"} (wanted: ${want.title})`);
      }
      console.log(`| ${lang} | ${total} | ${read} (${((100 * read) / Math.max(total, 1)).toFixed(1)}%) |`);
    }
    const listed = Number(values.failures);
    if (listed > 0 && misses.length) console.log(`\nNames not read (first ${listed}):\n${misses.slice(0, listed).join("\n")}`);
  } finally {
    await db.close();
  }
});
