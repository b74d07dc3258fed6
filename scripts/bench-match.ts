// `npm run bench:match [-- --sizes 10000,100000 --queries 300]`: for each size, seeds a generated
// catalog into a fresh Postgres database through the real pipeline, then times end-to-end
// matching (parse → keyword + vector retrieval → constraint ranking) with the offline defaults.
// Prints p50/p95 latency and memory. Targets: p95 ≤ 50 ms at 10k, ≤ 150 ms at 100k.
import { parseArgs } from "node:util";
import { configFrom } from "../src/config.js";
import { openAppDatabase } from "../src/adapters/db/appDatabase.js";
import { createLogger } from "../src/logger.js";
import { buildCoreDeps } from "../src/coreDeps.js";
import { seedCatalog } from "../src/core/catalog/seedCatalog.js";
import { matchText } from "../src/core/matching/matchRequest.js";
import { syntheticRows } from "./lib/syntheticCatalog.js";
import { percentile } from "./lib/rankingMetrics.js";
import { benchAdminUrl, createBenchDatabase } from "./lib/benchDatabase.js";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "10000,100000" }, queries: { type: "string", default: "300" }, url: { type: "string" } } });
const adminUrl = benchAdminUrl(values.url);
const QUERIES = [
  "organic argan oil", "need 2 tons organic argan oil CIF Rotterdam before March", "extra virgin olive oil 5 L tin", "maple syrup grade A",
  "frozen wild blueberries 10 t", "canned sardines in olive oil halal", "medjool dates 5 kg cartons to Dubai", "saffron threads",
  "couscous 25 kg bag", "leather bag handmade", "zellige tiles green", "ceramic tagine", "brake pads ceramic", "wire harness automotive",
  "wood pellets 1 container", "canola oil bulk", "live lobster", "ice wine 375 ml", "raw honey organic", "denim jeans private label",
  "phosphate fertilizer DAP", "on cherche de l'huile d'olive bio pour Lyon", "sirop d'érable en baril", "premium cold-pressed argan oil 1 L bottle",
  // Arabic and Spanish requests go through their English wording; an English synonym through the catalogs' words.
  "نبحث عن زيت زيتون بكر ممتاز ٥ طن إلى جدة", "necesitamos discos de freno para Toyota, 500 piezas", "garbanzo beans 2 x 20ft",
];
const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;

for (const n of values.sizes.split(",").map(Number)) {
  const dbName = `caravan_benchm_${process.pid}_${n}`;
  const bench = await createBenchDatabase(adminUrl, dbName);
  const logger = createLogger("error");
  const config = configFrom({ DATABASE_URL: bench.url });
  const db = await openAppDatabase(config, logger);
  try {
    const deps = buildCoreDeps(config, db, logger);
    let seedSecs = performance.now();
    await seedCatalog(deps, async () => (async function* () {
      let line = 1;
      for (const r of syntheticRows(n)) yield { kind: "row" as const, line: ++line, raw: { ...r }, extras: {} };
    })());
    seedSecs = (performance.now() - seedSecs) / 1000;
    // Loading the vectors and building the ANN graph happen once after start (in the background
    // in `npm start`); the bench waits for them so it measures steady-state matching.
    let warm = performance.now();
    await (deps.index as { warmUp?: () => Promise<void> }).warmUp?.();
    await matchText(deps, "warm up");
    warm = performance.now() - warm;
    const times: number[] = [];
    const q = Number(values.queries);
    for (let i = 0; i < q; i++) {
      const t0 = performance.now();
      await matchText(deps, QUERIES[i % QUERIES.length]!);
      times.push(performance.now() - t0);
    }
    const mem = process.memoryUsage();
    console.log(
      `${n.toLocaleString("en")} products: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms ` +
        `over ${q} requests | warm-up (load vectors, build ANN, keyword index) ${(warm / 1000).toFixed(1)} s | seeded in ${seedSecs.toFixed(0)} s | ` +
        `RSS ${mb(mem.rss)}, heap ${mb(mem.heapUsed)} | ${deps.embedder.model}, index ${deps.index.name}`,
    );
  } finally {
    await db.close();
    await bench.drop();
  }
}
