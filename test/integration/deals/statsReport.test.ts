// The admins' HTML report on a seeded funnel: the charts are there with the right numbers, and a
// seller name full of markup is text, not markup. Real database (PGlite, or Postgres with
// TEST_DATABASE_URL); `npm run stats -- --html` writes the same page.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { runCli } from "../../helpers/runCli.js";
import { acceptQuote, introduce, submitQuote } from "../../../src/core/deals/index.js";
import { firstQuoteDelays } from "../../../src/adapters/db/dealStats.js";
import { loadStatsReport, renderStatsReport } from "../../../src/adapters/report/statsReport.js";
import { FakeClock, dealDeps, seedDeal, validQuote } from "./fixtures.js";

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> & "Sons"`;

let t: TestDb;
const clock = new FakeClock(new Date("2027-01-10T09:00:00Z"));

beforeAll(async () => {
  t = await createTestDb();
  const deps = dealDeps(t.db, clock);
  // One request shown 3 sellers, all introduced at 09:00. A quotes after 2 h (accepted), the
  // hostile-named B after 30 h, C never answers. A second request is matched but nobody introduced.
  const f = await seedDeal(t.db);
  await seedDeal(t.db, { sellers: 1 });
  await t.db.prisma.seller.update({ where: { id: f.sellers[1]!.id }, data: { name: HOSTILE } });
  const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: f.matchIds });
  const lead = (i: number) => created.find((c) => c.sellerId === f.sellers[i]!.id)!.introductionId;
  clock.advanceHours(2);
  const qa = await submitQuote(deps, f.sellers[0]!.actor, { introductionId: lead(0), quote: validQuote });
  clock.advanceHours(28);
  await submitQuote(deps, f.sellers[1]!.actor, { introductionId: lead(1), quote: { ...validQuote, unitPrice: "12.1" } });
  await acceptQuote(deps, f.buyer, { quoteId: qa.quote.quoteId });
}, 120_000);
afterAll(async () => t?.cleanup());

describe("deals report", () => {
  it("buckets time to first quote", async () => {
    const delays = await firstQuoteDelays(t.db);
    expect(delays.filter((b) => b.count > 0)).toEqual([{ label: "1–4 h", upTo: 4, count: 1 }, { label: "1–2 d", upTo: 48, count: 1 }]);
    expect(delays.map((b) => b.label)).toEqual(["< 1 h", "1–4 h", "4–12 h", "12–24 h", "1–2 d", "2–4 d", "> 4 d"]);
  });

  it("draws the funnel, the delays and the response rates with the seeded numbers", async () => {
    const html = renderStatsReport(await loadStatsReport(t.db, { now: clock.now() }));
    expect(html.match(/<svg /g)).toHaveLength(3);
    const funnel = html.slice(html.indexOf('id="funnel"'), html.indexOf('id="first-quote"'));
    for (const [stage, text] of [["Requests", "2 (100%)"], ["Matched", "2 (100%)"], ["Introduced", "1 (50%)"], ["Quoted", "1 (50%)"], ["Accepted", "1 (50%)"]])
      expect(funnel).toContain(`<title>${stage}: ${text}</title>`);
    // Bars are as long as their share: introduced is half of requests.
    const widths = [...funnel.matchAll(/<rect class="bar" x="\d+" y="\d+" width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths[2]! * 2).toBeCloseTo(widths[0]!, -1);
    const delays = html.slice(html.indexOf('id="first-quote"'), html.indexOf('id="sellers"'));
    expect(delays).toContain("Median: <strong>16 h</strong>");
    expect(delays).toContain("<title>1–4 h: 1</title>");
    const sellers = html.slice(html.indexOf('id="sellers"'));
    expect(sellers).toMatch(/<title>Seller A [^<]+: 1\/1 \(100%\)<\/title>/);
    expect(sellers).toMatch(/<title>Seller C [^<]+: 0\/1 \(0%\)<\/title>/);
  });

  it("escapes a hostile seller name everywhere", async () => {
    const html = renderStatsReport(await loadStatsReport(t.db));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Sons&quot;");
  });

  it("npm run stats -- --html FILE writes the report (here of an empty database), and says when it cannot", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "caravan-stats-"));
    try {
      const file = path.join(dir, "report.html");
      const env = { CARAVAN_DATA_DIR: path.join(dir, "data") };
      const r = await runCli("stats", ["--html", file], env);
      expect(r).toMatchObject({ code: 0, out: expect.stringContaining(file) });
      const html = readFileSync(file, "utf8");
      expect(html).toContain("<title>Requests: 0 (—)</title>");
      expect(html).toContain("No leads yet.");
      const bad = await runCli("stats", ["--html", path.join(dir, "missing", "x.html")], env);
      expect(bad).toMatchObject({ code: 1, err: expect.stringMatching(/cannot write .*ENOENT/) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
