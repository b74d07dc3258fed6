// `npm run seed -- [--strict] [--prune] [--seller NAME] [--seller-country CC] [--currency CUR]
// [--sheet NAME] [--map "Header=column,…"] FILE…`: import seller catalogs (CSV, JSON array, .xlsx,
// Shopify or WooCommerce export; format in docs/CATALOG-FORMAT.md). Bad rows are listed as
// FILE:LINE: reason (FILE:SHEET:ROW for spreadsheets) and good rows still land (--strict: a bad
// row aborts that file with nothing written). Exit code 0 only when every row was imported.
import { parseArgs } from "node:util";
import { runScript, UsageError } from "./lib/runScript.js";
import { openCatalogServices } from "./lib/catalogServices.js";
import { createProgress } from "./lib/progress.js";
import { CatalogFileError, openCatalog } from "../src/adapters/catalog/readCatalog.js";
import { fileWarningText, rowIssuesText, rowIssueText } from "../src/adapters/catalog/issueText.js";
import { seedCatalog, type SeedReport } from "../src/core/catalog/seedCatalog.js";
import { spreadsheetSafe } from "../src/core/catalog/codes.js";
import { MapSpecError, parseMapSpec } from "../src/core/catalog/columnMap.js";

const USAGE =
  'usage: npm run seed -- [--strict] [--prune] [--seller "NAME"] [--seller-country CC] [--currency CUR] [--sheet NAME] [--map "Header=column,…"] FILE…  (CSV, JSON array, .xlsx, Shopify or WooCommerce export)';

const fmt = (n: number) => n.toLocaleString("en");

await runScript("seed", async ({ config, argv }) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      strict: { type: "boolean", default: false },
      prune: { type: "boolean", default: false },
      seller: { type: "string" },
      "seller-country": { type: "string" },
      currency: { type: "string" },
      sheet: { type: "string" },
      map: { type: "string" },
    },
    allowPositionals: true,
  });
  if (!positionals.length) throw new UsageError(USAGE);
  let map;
  try {
    map = parseMapSpec(values.map);
  } catch (e) {
    if (e instanceof MapSpecError) throw new UsageError(e.message);
    throw e;
  }
  const currency = values.currency?.trim().toUpperCase();
  const readOptions = { seller: values.seller?.trim() || undefined, sellerCountry: values["seller-country"]?.trim().toUpperCase(), currency, sheet: values.sheet, map };

  const svc = await openCatalogServices(config);
  let allImported = true;
  const newSellers: SeedReport["newSellers"] = [];
  try {
    for (const file of positionals) {
      const started = performance.now();
      let reader;
      try {
        reader = await openCatalog(file, readOptions);
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
          current = await openCatalog(file, readOptions); // --strict reads the file twice: check, then write
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
      for (const w of reader.warnings) console.warn(`${file}: warning: ${fileWarningText(w)}`);
      const where = reader.sheet ? `${file}:${reader.sheet}` : file; // spreadsheets: FILE:SHEET:ROW
      for (const w of report.warnings) console.warn(`${where}:${w.line}: warning: ${rowIssueText(w.issue)}`);
      for (const p of report.problems) console.error(`${where}:${p.line}: ${rowIssuesText(p.issues)}`);
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
