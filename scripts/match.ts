// `npm run match -- [--json] [--top K] [--per-seller N] [--now YYYY-MM-DD] "TEXT"`: the ranked shortlist.
// `npm run match -- --batch IN.jsonl --out OUT.jsonl [--top K] [--per-seller N] [--now YYYY-MM-DD]`:
// IN lines {"id","text"}; OUT lines {"id","weak","empty","results":[{"sku","seller","score"}…]} best first
// (when nothing fits, `weak` is true and `results` are the nearest products). Same database and
// configuration as the bot. The single-request form shows a buyer's shortlist (≤ 2 products per
// seller; --per-seller N caps the whole list); `--now` sets the date deadlines are read against.
import { parseArgs } from "node:util";
import { z } from "zod";
import { runScript, UsageError } from "./lib/runScript.js";
import { jsonlWriter, readJsonl } from "./lib/jsonl.js";
import { openAppDatabase } from "../src/adapters/db/appDatabase.js";
import { createLogger } from "../src/logger.js";
import { buildCoreDeps } from "../src/coreDeps.js";
import { matchText } from "../src/core/matching/matchRequest.js";
import { renderSuggestion } from "../src/core/matching/renderReasons.js";
import { itemView } from "../src/core/matching/renderFacts.js";
import { t } from "../src/locales/index.js";

const batchLine = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

await runScript("match", async ({ config, argv }) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      json: { type: "boolean", default: false }, batch: { type: "string" }, out: { type: "string" }, top: { type: "string" }, "per-seller": { type: "string" },
      now: { type: "string" },
    },
    allowPositionals: true,
  });
  const top = values.top === undefined ? undefined : Number(values.top);
  if (top !== undefined && (!Number.isInteger(top) || top < 1 || top > 100)) throw new UsageError("--top must be a whole number from 1 to 100");
  const perSellerArg = values["per-seller"] === undefined ? undefined : Number(values["per-seller"]);
  if (perSellerArg !== undefined && (!Number.isInteger(perSellerArg) || perSellerArg < 1)) throw new UsageError("--per-seller must be a whole number ≥ 1");
  if (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.now)) throw new UsageError("--now must be a date YYYY-MM-DD");
  const clock = values.now ? { now: () => new Date(`${values.now}T12:00:00Z`) } : undefined;
  if (clock && Number.isNaN(clock.now().getTime())) throw new UsageError("--now must be a real date YYYY-MM-DD");
  if (values.batch && !values.out) throw new UsageError("--batch needs --out OUT.jsonl");
  if (!values.batch && !positionals.length) throw new UsageError('usage: npm run match -- [--json] [--top K] "TEXT"  |  --batch IN.jsonl --out OUT.jsonl [--top K]');

  const logger = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, { stderr: true });
  const db = await openAppDatabase(config, logger);
  const deps = buildCoreDeps(config, db, logger, clock);
  try {
    if (values.batch) {
      const out = jsonlWriter(values.out!);
      let n = 0;
      for await (const { line, value } of readJsonl(values.batch)) {
        const parsed = batchLine.safeParse(value);
        if (!parsed.success) throw new UsageError(`${values.batch}:${line}: expected {"id": …, "text": "…"}`);
        // Batch output ranks products (one per entry): no seller cap unless asked for.
        const shortlist = await matchText(deps, parsed.data.text, { limit: top ?? 10, perSeller: perSellerArg ?? Infinity });
        await out.write({
          id: parsed.data.id,
          weak: shortlist.weak,
          empty: shortlist.empty,
          results: (shortlist.weak ? shortlist.near : shortlist.items).map((i) => ({ sku: i.product.sku, seller: i.product.seller, score: i.score })),
        });
        n++;
      }
      await out.close();
      console.error(`Matched ${n} requests → ${values.out}`);
      return;
    }
    const text = positionals.join(" ");
    const shortlist = await matchText(deps, text, { limit: top ?? 5, perSeller: perSellerArg ?? 2 });
    if (values.json || !process.stdout.isTTY) {
      console.log(JSON.stringify(shortlist, null, values.json ? 2 : 0));
      return;
    }
    const lang = shortlist.request.language;
    console.log(`Request: ${JSON.stringify(shortlist.request)}\n`);
    if (!shortlist.items.length) console.log(shortlist.suggestion ? renderSuggestion(t, lang, shortlist.suggestion) : "No match.");
    if (shortlist.weak && shortlist.near.length) console.log("\nNearest (not a fit):");
    for (const [i, item] of (shortlist.weak ? shortlist.near : shortlist.items).entries()) {
      const p = item.product;
      console.log(`${i + 1}. ${p.title}  [${p.sku}]  — ${p.seller}${p.sellerCountry ? ` (${p.sellerCountry})` : ""}  score ${item.score.toFixed(3)}`);
      // The lines a buyer sees in Telegram and the playground (title and seller printed above).
      for (const line of itemView(t, lang, item).lines) console.log(`     ${line}`);
    }
  } finally {
    await db.close();
  }
});
