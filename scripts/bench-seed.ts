// `npm run bench:seed [-- --n 100000]`: generates N products as a CSV and seeds them through
// the real pipeline (streamed reader, validation, Postgres, local embedder, local index), into a
// fresh database. Prints products/s and peak memory; run with two sizes to see memory stay flat.
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify";
import { configFrom } from "../src/config.js";
import { openCatalogServices } from "./lib/catalogServices.js";
import { syntheticRows } from "./lib/syntheticCatalog.js";
import { openCatalog } from "../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../src/core/catalog/seedCatalog.js";
import { benchAdminUrl, createBenchDatabase } from "./lib/benchDatabase.js";

const { values } = parseArgs({ options: { n: { type: "string", default: "100000" }, url: { type: "string" } } });
const n = Number(values.n);
const adminUrl = benchAdminUrl(values.url);

const dir = mkdtempSync(path.join(tmpdir(), "caravan-bench-"));
const file = path.join(dir, "catalog.csv");
const out = createWriteStream(file);
const csv = stringify({ header: true });
csv.pipe(out);
for (const row of syntheticRows(n)) if (!csv.write(row)) await once(csv, "drain");
csv.end();
await once(out, "finish");

const dbName = `caravan_bench_${process.pid}`;
const bench = await createBenchDatabase(adminUrl, dbName);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
try {
  const svc = await openCatalogServices(configFrom({ DATABASE_URL: bench.url, LOG_LEVEL: "warn" }));
  const run = async (label: string) => {
    const started = performance.now();
    const r = await seedCatalog(svc, async () => (await openCatalog(file)).rows);
    const secs = (performance.now() - started) / 1000;
    const rate = Math.round(r.read / secs);
    console.log(
      `${label.padEnd(12)} ${n.toLocaleString("en")} rows: ${r.created} new, ${r.unchanged} unchanged, ${r.rejected} rejected, ` +
        `${r.embedded} embedded in ${secs.toFixed(1)} s → ${rate.toLocaleString("en")} products/s`,
    );
  };
  await run("first seed");
  await run("re-seed");
  await svc.close();
  console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB (embedder ${svc.embedder.model}, index ${svc.index.name}, Postgres)`);
} finally {
  clearInterval(sampler);
  await bench.drop();
  rmSync(dir, { recursive: true, force: true });
}
