// `npm run eval:public -- --file <train.csv> [--queries 300] [--pool 6000]`: the offline ranking on
// a public product-search set, beside plain BM25 over the same products. The set is the labelled
// training file of the Home Depot Product Search Relevance task (see scripts/lib/productSearchSet.ts);
// its licence does not let us commit it, so the reader names where their copy is.
// Every sampled query runs through the matcher as a buyer's message would (parse, retrieve, type,
// rank) over a pool of products seeded as one seller; NDCG@10 uses the people's grades (relevance
// − 1, so 1 "irrelevant" gains nothing) and counts a product nobody judged as irrelevant.
import { parseArgs } from "node:util";
import MiniSearch from "minisearch";
import { UsageError, runScript } from "./lib/runScript.js";
import { mean, ndcgAt } from "./lib/rankingMetrics.js";
import { sampleProductSearchSet } from "./lib/productSearchSet.js";
import { openDatabase } from "../src/adapters/db/database.js";
import { migrate } from "../src/adapters/db/migrate.js";
import { createLogger } from "../src/logger.js";
import { buildCoreDeps } from "../src/coreDeps.js";
import { seedCatalog, type RowEvent } from "../src/core/catalog/seedCatalog.js";
import { matchText } from "../src/core/matching/matchRequest.js";
import { openDecoded } from "../src/adapters/catalog/decodeStream.js";

const SELLER = "Public set";

/** The whole file as text: as distributed it is Latin-1, a converted copy UTF-8 (the catalog reader's sniffing decides). */
async function readText(file: string): Promise<string> {
  let text = "";
  for await (const chunk of (await openDecoded(file)).chunks) text += chunk;
  return text;
}

await runScript("eval:public", async ({ config, argv }) => {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: "string" },
      queries: { type: "string", default: "500" },
      // The first 500 eligible queries are the held-out sample; `--offset 500` gives a dev slice to study.
      offset: { type: "string", default: "0" },
      pool: { type: "string", default: "0" },
      failures: { type: "string", default: "0" },
    },
  });
  if (!values.file) throw new UsageError("name the labelled file: --file path/to/train.csv (Home Depot Product Search Relevance)");
  const set = sampleProductSearchSet(await readText(values.file), { queries: Number(values.queries), offset: Number(values.offset), pool: Number(values.pool) });
  const db = await openDatabase({ dataDir: "memory://" });
  await migrate(db);
  const deps = buildCoreDeps(config, db, createLogger("warn", { stderr: true }));
  try {
    async function* rows(): AsyncGenerator<RowEvent> {
      let line = 1;
      for (const p of set.products) yield { kind: "row", line: ++line, raw: { seller: SELLER, sku: p.uid, title: p.title.slice(0, 300) }, extras: {} };
    }
    const report = await seedCatalog(deps, async () => rows());
    const bm25 = new MiniSearch({ fields: ["title"], storeFields: [], searchOptions: { combineWith: "OR" } });
    bm25.addAll(set.products.map((p) => ({ id: p.uid, title: p.title })));
    console.log(`Public product-search set: ${set.queries.length} queries, ${report.created} products seeded (${set.products.length} in the pool), embedder ${deps.embedder.model}`);
    const ours: number[] = [];
    const base: number[] = [];
    let answeredNothing = 0;
    const losses: { query: string; ours: number; base: number; top: string[] }[] = [];
    for (const q of set.queries) {
      // The ranking itself (rankOnly): every query here has relevant products, so a "nothing fits"
      // verdict is counted apart, as the share of queries the matcher would have answered so.
      const shortlist = await matchText(deps, q.query, { limit: 10, perSeller: Infinity, rankOnly: true });
      const shown = shortlist.items;
      if ((await matchText(deps, q.query, { limit: 1 })).weak) answeredNothing++;
      ours.push(ndcgAt(shown.map((i) => i.product.sku), q.grades));
      base.push(ndcgAt(bm25.search(q.query).slice(0, 10).map((h) => String(h.id)), q.grades));
      losses.push({ query: q.query, ours: ours.at(-1)!, base: base.at(-1)!, top: shown.slice(0, 3).map((i) => `[${q.grades.get(i.product.sku)?.toFixed(1) ?? "-"}] ${i.product.title}`) });
    }
    const f = (x: number) => x.toFixed(3);
    console.log(`\n| NDCG@10 | Caravan (offline) | plain BM25 (title) | difference |\n|---|---|---|---|`);
    console.log(`| ${set.queries.length} queries | ${f(mean(ours))} | ${f(mean(base))} | ${mean(ours) - mean(base) >= 0 ? "+" : ""}${f(mean(ours) - mean(base))} |`);
    console.log(`\nQueries a buyer would have been answered "nothing fits" (the ranking above ignores that verdict): ${answeredNothing}/${set.queries.length}`);
    // Listing queries is how a sample stops being unseen: only for a dev slice (`--offset`).
    for (const l of losses.sort((a, b) => a.ours - a.base - (b.ours - b.base)).slice(0, Number(values.failures)))
      console.log(`  ${l.ours.toFixed(3)} vs BM25 ${l.base.toFixed(3)} "${l.query}"\n      ${l.top.join(" | ")}`);
  } finally {
    await db.close();
  }
});
