// `npm run eval:lexical`: the two keyword retrievers the matching issue asked us to compare, on
// the matching dev set, alone (no vectors, no constraints): Postgres full-text search (GIN
// index, English and French configs, OR-query ranked by ts_rank_cd) vs the in-process BM25 that
// matching uses. Prints quality and latency; the README records the outcome.
import { readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { runScript } from "./lib/runScript.js";
import { readJsonl } from "./lib/jsonl.js";
import { mean, ndcgAt, percentile, recallAt } from "./lib/rankingMetrics.js";
import { openDatabase } from "../src/adapters/db/database.js";
import { migrate } from "../src/adapters/db/migrate.js";
import { createLogger } from "../src/logger.js";
import { buildCoreDeps } from "../src/coreDeps.js";
import { openCatalog } from "../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../src/core/catalog/seedCatalog.js";
import { expandQuery } from "../src/core/matching/queryExpansion.js";

const lineSchema = z.object({
  id: z.string(),
  text: z.string(),
  relevant: z.array(z.object({ seller: z.string(), sku: z.string(), grade: z.number() })),
});

await runScript("eval:lexical", async ({ config }) => {
  const db = await openDatabase({ dataDir: "memory://" });
  await migrate(db);
  const deps = buildCoreDeps(config, db, createLogger("warn", { stderr: true }));
  try {
    for (const f of readdirSync("data/catalogs").filter((f) => f.endsWith(".csv")).sort())
      await seedCatalog(deps, async () => (await openCatalog(path.join("data/catalogs", f))).rows);
    await db.exec(`
      ALTER TABLE "Product" ADD COLUMN fts tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('french', title), 'A') ||
        setweight(to_tsvector('simple', coalesce(category, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'C') || setweight(to_tsvector('french', coalesce(description, '')), 'C')) STORED;
      CREATE INDEX product_fts ON "Product" USING gin (fts);`);
    const keyOf = new Map((await db.query<{ id: string; sku: string; name: string }>(`SELECT p.id, p.sku, s.name FROM "Product" p JOIN "Seller" s ON s.id = p."sellerId"`)).map((r) => [r.id, `${r.name}\u0000${r.sku}`]));
    const queries = [];
    for await (const { value } of readJsonl("data/eval/matching.jsonl")) queries.push(lineSchema.parse(value));

    const fts = async (text: string) => {
      // OR of the query's words in both languages: chat text has many words no product contains.
      const words = [...new Set(expandQuery(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 40);
      if (!words.length) return [];
      const rows = await db.query<{ id: string }>(
        `WITH q AS (SELECT to_tsquery('english', $1) || to_tsquery('french', $1) AS q)
         SELECT id FROM "Product", q WHERE fts @@ q.q ORDER BY ts_rank_cd(fts, q.q) DESC, id LIMIT 10`,
        [words.map((w) => `'${w}'`).join(" | ")],
      );
      return rows.map((r) => keyOf.get(r.id)!);
    };
    const bm25 = async (text: string) => (await deps.catalog.lexical(expandQuery(text), 10)).map((h) => keyOf.get(h.id)!);
    await bm25("warm up");

    console.log(`Keyword retrievers alone on ${queries.length} requests, ${keyOf.size} products (${db.kind})\n`);
    console.log("| retriever | NDCG@10 | Recall@10 | p50 ms | p95 ms |\n|---|---|---|---|---|");
    for (const [name, run] of [["Postgres FTS (GIN, english+french, ts_rank_cd)", fts], ["in-process BM25 (src/adapters/local/bm25Index.ts)", bm25]] as const) {
      const ndcg: number[] = [];
      const recall: number[] = [];
      const ms: number[] = [];
      for (const q of queries) {
        const grades = new Map(q.relevant.map((r) => [`${r.seller}\u0000${r.sku}`, r.grade]));
        const t0 = performance.now();
        const ranked = await run(q.text);
        ms.push(performance.now() - t0);
        ndcg.push(ndcgAt(ranked, grades));
        recall.push(recallAt(ranked, grades));
      }
      console.log(`| ${name} | ${mean(ndcg).toFixed(3)} | ${mean(recall).toFixed(3)} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} |`);
    }
  } finally {
    await db.close();
  }
});
