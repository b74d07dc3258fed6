// The admins' deals report as one self-contained HTML page (`npm run stats -- --html FILE`, and the
// playground's GET /admin/stats): the funnel, time to first quote and each seller's response rate
// as inline SVG charts, with the same numbers as tables. No script, no external resource; every
// seller name is escaped.
import type { Database } from "../db/database.js";
import { dealStats, firstQuoteDelays, type DealStats, type QuoteDelayBucket } from "../db/dealStats.js";
import { columns, escapeHtml, horizontalBars } from "./svgCharts.js";

export interface StatsReport {
  stats: DealStats;
  delays: QuoteDelayBucket[];
  generatedAt: Date;
}

/** Sellers drawn in the response-rate chart (all of them are in the table below it). */
const CHART_SELLERS = 40;

export async function loadStatsReport(db: Database, opts: { since?: Date; now?: Date } = {}): Promise<StatsReport> {
  const stats = await dealStats(db, opts.since ? { since: opts.since } : {});
  const delays = await firstQuoteDelays(db, opts.since ? { since: opts.since } : {});
  return { stats, delays, generatedAt: opts.now ?? new Date() };
}

/** The page's only style sheet (the playground allows it by hash in its Content-Security-Policy). */
export const REPORT_CSS = `
body { font: 15px/1.5 system-ui, sans-serif; color: #1f2933; background: #fff; margin: 0 auto; max-width: 780px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; }
.meta { color: #52606d; margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; margin-top: 12px; font-size: 14px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #d9e2ec; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
svg.chart { display: block; max-width: 100%; height: auto; }
`;

const pct = (n: number, of: number): string => (of ? `${Math.round((n / of) * 100)}%` : "—");
const hoursText = (h: number | null): string => (h === null ? "—" : h < 48 ? `${h} h` : `${Math.round((h / 24) * 10) / 10} d`);
const cell = (v: string | number, numeric = false) => `<td${numeric ? ' class="n"' : ""}>${escapeHtml(String(v))}</td>`;

function funnelSection(s: DealStats): string {
  const f = s.funnel;
  const stages: [string, number][] = [["Requests", f.requests], ["Matched", f.matched], ["Introduced", f.introduced], ["Quoted", f.quoted], ["Accepted", f.accepted]];
  const chart = horizontalBars("Deals funnel: requests at each stage", stages.map(([label, n]) => ({ label, value: n, text: `${n} (${pct(n, f.requests)})` })), { max: f.requests });
  const rows = stages.map(([label, n]) => `<tr>${cell(label)}${cell(n, true)}${cell(pct(n, f.requests), true)}</tr>`).join("");
  return `<section id="funnel"><h2>Deals funnel</h2>${chart}<table><thead><tr><th>stage</th><th class="n">requests</th><th class="n">of all</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function delaySection(s: DealStats, delays: QuoteDelayBucket[]): string {
  const total = delays.reduce((a, b) => a + b.count, 0);
  const chart = columns("Time from lead delivery to first quote", delays.map((b) => ({ label: b.label, value: b.count, text: String(b.count) })));
  return (
    `<section id="first-quote"><h2>Time to first quote</h2>` +
    `<p>Median: <strong>${escapeHtml(hoursText(s.medianHoursToFirstQuote))}</strong> after the lead reached the seller, over ${total} quoted leads.</p>${chart}</section>`
  );
}

function sellersSection(s: DealStats): string {
  if (!s.sellers.length) return `<section id="sellers"><h2>Seller response rates</h2><p>No leads yet.</p></section>`;
  const shown = s.sellers.slice(0, CHART_SELLERS);
  const chart = horizontalBars(
    "Share of leads each seller answered (quote, decline or message)",
    shown.map((x) => ({ label: x.seller, value: x.responseRate ?? 0, text: `${x.answered}/${x.leads} (${pct(x.answered, x.leads)})` })),
    { max: 1 },
  );
  const more = s.sellers.length > shown.length ? `<p>The chart shows the ${shown.length} sellers with the most leads; the table lists all ${s.sellers.length}.</p>` : "";
  const rows = s.sellers
    .map((x) => `<tr>${cell(x.seller)}${cell(x.leads, true)}${cell(x.answered, true)}${cell(pct(x.answered, x.leads), true)}${cell(x.quoted, true)}${cell(x.accepted, true)}${cell(x.declined, true)}${cell(x.expired, true)}${cell(hoursText(x.medianHoursToFirstQuote), true)}</tr>`)
    .join("");
  const head = ["seller", "leads", "answered", "response", "quoted", "accepted", "declined", "expired", "median to quote"].map((h, i) => `<th${i ? ' class="n"' : ""}>${h}</th>`).join("");
  return `<section id="sellers"><h2>Seller response rates</h2>${chart}${more}<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function renderStatsReport(r: StatsReport): string {
  const period = r.stats.since ? `requests since ${r.stats.since}` : "all time";
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Caravan deals report</title><style>${REPORT_CSS}</style></head><body>`,
    `<h1>Caravan deals report</h1><p class="meta">${escapeHtml(period)} · made ${escapeHtml(r.generatedAt.toISOString().slice(0, 16).replace("T", " "))} UTC</p>`,
    funnelSection(r.stats),
    delaySection(r.stats, r.delays),
    sellersSection(r.stats),
    "</body></html>",
  ].join("\n");
}
