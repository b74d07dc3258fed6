// `npm run eval:match [-- --file data/eval/matching.jsonl --catalog data/catalogs]`: seeds the
// demo catalog into a fresh in-memory database, runs every dev-set request through the matcher
// (offline defaults unless configured otherwise), and prints NDCG@10, Recall@10, MRR@10 and
// latency, beside a plain BM25 baseline over title + description, then the weakest queries.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import MiniSearch from "minisearch";
import { z } from "zod";
import { runScript } from "./lib/runScript.js";
import { readJsonl } from "./lib/jsonl.js";
import { mean, mrrAt, ndcgAt, percentile, recallAt } from "./lib/rankingMetrics.js";
import { openDatabase } from "../src/adapters/db/database.js";
import { migrate } from "../src/adapters/db/migrate.js";
import { createLogger } from "../src/logger.js";
import { buildCoreDeps } from "../src/wiring.js";
import { openCatalog } from "../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../src/core/catalog/seedCatalog.js";
import { matchText } from "../src/core/matching/matchRequest.js";

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  lang: z.string().optional(),
  relevant: z.array(z.object({ seller: z.string(), sku: z.string(), grade: z.number().int().min(0).max(3) })),
});

type Scores = { ndcg: number[]; recall: number[]; mrr: number[] };
function push(s: Scores, ranked: string[], grades: Map<string, number>) {
  s.ndcg.push(ndcgAt(ranked, grades));
  s.recall.push(recallAt(ranked, grades));
  s.mrr.push(mrrAt(ranked, grades));
}

const key = (seller: string, sku: string) => `${seller.toLowerCase()}\u0000${sku}`;

await runScript("eval:match", async ({ config, argv }) => {
  const { values } = parseArgs({
    args: argv,
    options: { file: { type: "string", default: "data/eval/matching.jsonl" }, catalog: { type: "string", default: "data/catalogs" }, failures: { type: "string", default: "15" } },
  });
  const files = statSync(values.catalog).isDirectory()
    ? readdirSync(values.catalog).filter((f) => /\.(csv|json)$/i.test(f)).sort().map((f) => path.join(values.catalog, f))
    : [values.catalog];
  const logger = createLogger("warn", { stderr: true });
  const db = await openDatabase({ dataDir: "memory://" });
  await migrate(db);
  const deps = buildCoreDeps({ ...config, vectorIndex: config.vectorIndex }, db, logger);
  try {
    for (const f of files) await seedCatalog(deps, async () => (await openCatalog(f)).rows);
    const catalogSize = await deps.catalog.size();
    const queries = [];
    for await (const { line, value } of readJsonl(values.file)) {
      const parsed = lineSchema.safeParse(value);
      if (!parsed.success) throw new Error(`${values.file}:${line}: ${parsed.error.issues[0]?.message}`);
      queries.push(parsed.data);
    }

    // Baseline: plain BM25 over title + description, no stemming, no vectors, no constraints.
    const all = await deps.catalog.products((await db.query<{ id: string }>(`SELECT id FROM "Product"`)).map((r) => r.id));
    const idToKey = new Map(all.map((p) => [p.id, key(p.seller, p.sku)]));
    const bm25 = new MiniSearch({ fields: ["title", "description"], searchOptions: { combineWith: "OR" } });
    bm25.addAll(all.map((p) => ({ id: p.id, title: p.title, description: p.description ?? "" })));

    await matchText(deps, "warm-up"); // first query loads the caches; not a fair latency sample
    const rows: { id: string; text: string; ndcg: number; recall: number; mrr: number; base: number; top: string[] }[] = [];
    const latencies: number[] = [];
    const scores = { ndcg: [] as number[], recall: [] as number[], mrr: [] as number[] };
    const shortScores = { ndcg: [] as number[], recall: [] as number[], mrr: [] as number[] };
    const baseScores = { ndcg: [] as number[], recall: [] as number[], mrr: [] as number[] };
    for (const q of queries) {
      const grades = new Map(q.relevant.map((r) => [key(r.seller, r.sku), r.grade]));
      const started = performance.now();
      const shortlist = await matchText(deps, q.text, { limit: 10, perSeller: Infinity });
      latencies.push(performance.now() - started);
      const diverse = await matchText(deps, q.text, { limit: 10, perSeller: 2 });
      const diverseRanked = diverse.items.map((i) => key(i.product.seller, i.product.sku));
      push(shortScores, diverseRanked, grades);
      const ranked = shortlist.items.map((i) => key(i.product.seller, i.product.sku));
      const base = bm25.search(q.text).slice(0, 10).map((h) => idToKey.get(String(h.id))!);
      const m = { ndcg: ndcgAt(ranked, grades), recall: recallAt(ranked, grades), mrr: mrrAt(ranked, grades) };
      push(scores, ranked, grades);
      push(baseScores, base, grades);
      rows.push({ id: q.id, text: q.text, ...m, base: ndcgAt(base, grades), top: shortlist.items.slice(0, 3).map((i) => `${i.product.sku} ${i.product.title}`) });
    }

    const f = (x: number) => x.toFixed(3);
    console.log(`Matching eval: ${queries.length} requests, ${catalogSize} products, embedder ${deps.embedder.model}, index ${deps.index.name}\n`);
    console.log("| system | NDCG@10 | Recall@10 | MRR@10 |");
    console.log("|---|---|---|---|");
    console.log(`| Caravan ranking (hybrid + constraints) | ${f(mean(scores.ndcg))} | ${f(mean(scores.recall))} | ${f(mean(scores.mrr))} |`);
    console.log(`| Caravan shortlist (≤ 2 per seller) | ${f(mean(shortScores.ndcg))} | ${f(mean(shortScores.recall))} | ${f(mean(shortScores.mrr))} |`);
    console.log(`| plain BM25, title + description | ${f(mean(baseScores.ndcg))} | ${f(mean(baseScores.recall))} | ${f(mean(baseScores.mrr))} |`);
    console.log(`\nLatency per request (parse + retrieve + rank): p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`);
    const worst = rows.sort((a, b) => a.ndcg - b.ndcg).slice(0, Number(values.failures)).filter((r) => r.ndcg < 0.7);
    if (worst.length) {
      console.log(`\nWeakest requests (NDCG@10 < 0.7):`);
      for (const r of worst) console.log(`  ${r.id} ndcg ${f(r.ndcg)} (bm25 ${f(r.base)}) "${r.text}"\n      top: ${r.top.join(" | ") || "—"}`);
    }
  } finally {
    await db.close();
  }
});
