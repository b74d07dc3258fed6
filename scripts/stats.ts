// `npm run stats [-- --since YYYY-MM-DD] [--json] [--html FILE]`: the deals funnel (requests →
// matched → introduced → quoted → accepted), median time to a first quote, and each seller's
// response rate; --html writes the same as a self-contained page with charts.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { runScript, UsageError } from "./lib/runScript.js";
import { openAppDatabase } from "../src/adapters/db/appDatabase.js";
import { createLogger } from "../src/logger.js";
import { dealStats, type DealStats } from "../src/adapters/db/dealStats.js";
import { loadStatsReport, renderStatsReport } from "../src/adapters/report/statsReport.js";

const pct = (n: number, of: number) => (of ? `${Math.round((n / of) * 100)}%` : "—");
const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));

function print(s: DealStats): void {
  const f = s.funnel;
  console.log(`Deals funnel (${s.since ? `requests since ${s.since}` : "all time"})`);
  const stages: [string, number][] = [["requests", f.requests], ["matched", f.matched], ["introduced", f.introduced], ["quoted", f.quoted], ["accepted", f.accepted]];
  for (const [name, n] of stages) console.log(`  ${name.padEnd(11)} ${String(n).padStart(6)}  ${name === "requests" ? "" : pct(n, f.requests).padStart(4)}`);
  console.log(`Median time to first quote: ${s.medianHoursToFirstQuote === null ? "— (no quotes yet)" : `${s.medianHoursToFirstQuote} h after delivery`}`);
  const statuses = Object.entries(s.introductionsByStatus);
  console.log(`Introductions: ${statuses.length ? statuses.map(([k, v]) => `${k} ${v}`).join(", ") : "none"}`);
  if (!s.sellers.length) return;
  const w = Math.min(40, Math.max(6, ...s.sellers.map((x) => x.seller.length)));
  console.log("");
  console.log(`${"seller".padEnd(w)}  leads  answered  response  quoted  accepted  declined  expired  median h`);
  for (const x of s.sellers) {
    console.log(
      `${fit(x.seller, w)}  ${String(x.leads).padStart(5)}  ${String(x.answered).padStart(8)}  ${(x.responseRate === null ? "—" : `${Math.round(x.responseRate * 100)}%`).padStart(8)}  ` +
        `${String(x.quoted).padStart(6)}  ${String(x.accepted).padStart(8)}  ${String(x.declined).padStart(8)}  ${String(x.expired).padStart(7)}  ${(x.medianHoursToFirstQuote === null ? "—" : String(x.medianHoursToFirstQuote)).padStart(8)}`,
    );
  }
}

await runScript("stats", async ({ config, argv }) => {
  const { values } = parseArgs({ args: argv, options: { json: { type: "boolean", default: false }, since: { type: "string" }, html: { type: "string" } } });
  if (values.html !== undefined && !values.html.trim()) throw new UsageError("--html takes the file to write, e.g. --html stats.html");
  let since: Date | undefined;
  if (values.since !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since) || Number.isNaN(Date.parse(values.since))) throw new UsageError("--since takes a date, YYYY-MM-DD");
    since = new Date(`${values.since}T00:00:00Z`);
  }
  const db = await openAppDatabase(config, createLogger("warn", { stderr: true }), { prisma: false });
  try {
    if (values.html !== undefined) {
      const html = renderStatsReport(await loadStatsReport(db, since ? { since } : {}));
      try {
        await writeFile(values.html, html, "utf8");
      } catch (e) {
        throw new UsageError(`cannot write ${values.html} (${(e as NodeJS.ErrnoException).code ?? "error"})`);
      }
      console.log(`Wrote the deals report to ${values.html}; open it in a browser.`);
      return;
    }
    const stats = await dealStats(db, { since });
    if (values.json) console.log(JSON.stringify(stats));
    else print(stats);
  } finally {
    await db.close();
  }
});
