// `npm run seed -- [--strict] [--prune] FILE…`: import seller catalogs (CSV or JSON array).
// Bad rows are listed as FILE:LINE: reason and good rows still land (--strict: a bad row aborts
// that file with nothing written). Exit code 0 only when every row of every file was imported.
import { parseArgs } from "node:util";
import { runScript, UsageError } from "./lib/runScript.js";
import { openCatalogServices } from "./lib/catalogServices.js";
import { createProgress } from "./lib/progress.js";
import { CatalogFileError, openCatalog } from "../src/adapters/catalog/readCatalog.js";
import { seedCatalog, type SeedReport } from "../src/core/catalog/seedCatalog.js";
import { spreadsheetSafe } from "../src/core/catalog/codes.js";

const fmt = (n: number) => n.toLocaleString("en");

await runScript("seed", async ({ config, argv }) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { strict: { type: "boolean", default: false }, prune: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  if (!positionals.length) throw new UsageError("usage: npm run seed -- [--strict] [--prune] FILE…  (CSV with header row, or JSON array)");

  const svc = await openCatalogServices(config);
  let allImported = true;
  const newSellers: SeedReport["newSellers"] = [];
  try {
    for (const file of positionals) {
      const started = performance.now();
      let reader;
      try {
        reader = await openCatalog(file);
      } catch (e) {
        if (!(e instanceof CatalogFileError)) throw e;
        console.error(`${file}: ${e.message}`);
        allImported = false;
        continue;
      }
      const progress = createProgress(file, reader.size, "bytes");
      let first = true;
      let current = reader;
      const report = await seedCatalog(
        svc,
        async () => {
          if (first) {
            first = false;
            return current.rows;
          }
          current = await openCatalog(file); // --strict reads the file twice: check, then write
          return current.rows;
        },
        {
          strict: values.strict,
          prune: values.prune,
          onProgress: (c) => {
            const secs = (performance.now() - started) / 1000;
            progress.update(current.bytesRead(), { rows: fmt(c.read), rate: fmt(Math.round(c.read / Math.max(secs, 0.001))) });
          },
        },
      );
      progress.stop();
      const secs = (performance.now() - started) / 1000;
      for (const w of reader.warnings) console.warn(`${file}: warning: ${w}`);
      for (const w of report.warnings) console.warn(`${file}:${w.line}: warning: ${w.message}`);
      for (const p of report.problems) console.error(`${file}:${p.line}: ${p.reason}`);
      const written = report.created + report.updated + report.unchanged;
      console.log(
        `${file}: ${fmt(report.read)} rows read — ${fmt(report.created)} new, ${fmt(report.updated)} updated, ` +
          `${fmt(report.unchanged)} unchanged, ${fmt(report.rejected)} rejected` +
          (values.prune ? `, ${fmt(report.pruned)} pruned` : "") +
          ` — ${secs.toFixed(1)} s, ${fmt(Math.round(written / Math.max(secs, 0.001)))} products/s`,
      );
      if (report.aborted) console.error(`${file}: --strict: ${report.problems.length} bad row(s), nothing from this file was written`);
      if (report.rejected || report.aborted || report.read === 0) allImported = false;
      if (report.read === 0) console.error(`${file}: no product rows`);
      newSellers.push(...report.newSellers);
    }
    if (newSellers.length) {
      console.log(`\nNew sellers — give each its claim code to link Discord with /link:`);
      const width = Math.max(...newSellers.map((s) => s.name.length));
      for (const s of newSellers) console.log(`  ${spreadsheetSafe(s.name).padEnd(width + 1)} ${s.claimCode}`);
    }
  } finally {
    await svc.close();
  }
  return allImported ? 0 : 1;
});
