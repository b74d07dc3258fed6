// `npm run bench:xlsx [-- --n 100000 --reads 2000]`: how fast and how reliably a seller's .xlsx
// is read. (1) Writes an N-row price list and reads it through openCatalog: rows/s, peak
// memory (the chosen sheet is held in memory) and the longest the main thread's event
// loop was held up meanwhile (what a bot's other users wait). (2) Reads a small workbook in Excel's part order
// (shared strings after the sheets) --reads times, 8 side by side, and counts reads that differ
// from the first: the streaming reader used before lost about 1 in 300 this way.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openCatalog } from "../src/adapters/catalog/readCatalog.js";
import { inExcelPartOrder, writeFrenchPriceList } from "../test/helpers/shopFixtures.js";
import { syntheticRows } from "./lib/syntheticCatalog.js";

const { values } = parseArgs({ options: { n: { type: "string", default: "100000" }, reads: { type: "string", default: "2000" } } });
const n = Number(values.n);
const reads = Number(values.reads);
const dir = mkdtempSync(path.join(tmpdir(), "caravan-bench-xlsx-"));

async function readAll(file: string, sheet?: string): Promise<string[]> {
  const reader = await openCatalog(file, { seller: "Bench", sheet });
  const titles: string[] = [];
  for await (const r of reader.rows) titles.push(r.kind === "row" ? String(r.raw.title ?? "") : `bad:${r.line}`);
  return titles;
}

try {
  const big = path.join(dir, "big.xlsx");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: big, useSharedStrings: true });
  const ws = wb.addWorksheet("Prices");
  let header: string[] | null = null;
  for (const row of syntheticRows(n)) {
    if (!header) ws.addRow((header = Object.keys(row))).commit();
    ws.addRow(Object.values(row)).commit();
  }
  ws.commit();
  await wb.commit();

  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  const rows = (await readAll(big)).length;
  const secs = (performance.now() - started) / 1000;
  loop.disable();
  clearInterval(sampler);
  console.log(`${n} rows (${(statSync(big).size / 2 ** 20).toFixed(1)} MiB .xlsx): read ${rows} in ${secs.toFixed(2)} s = ${Math.round(rows / secs)} rows/s, peak RSS ${Math.round(peakRss / 2 ** 20)} MB`);
  console.log(`  main thread's event loop held up at most ${(loop.max / 1e6).toFixed(0)} ms (p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms) during the read`);

  const small = await inExcelPartOrder(await writeFrenchPriceList(dir, "source.xlsx"), "excel-order.xlsx");
  const expected = JSON.stringify(await readAll(small, "Tarifs 2027"));
  let differ = 0;
  let errors = 0;
  const t0 = performance.now();
  for (let done = 0; done < reads; done += 8) {
    await Promise.all(
      Array.from({ length: Math.min(8, reads - done) }, () =>
        readAll(small, "Tarifs 2027").then((t) => void (JSON.stringify(t) !== expected && differ++), () => void errors++),
      ),
    );
  }
  const ms = (performance.now() - t0) / reads;
  console.log(`Excel-ordered workbook, ${reads} reads 8 at a time: ${differ} differed, ${errors} failed; ${ms.toFixed(2)} ms per read`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
