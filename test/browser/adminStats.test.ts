// The admins' deals report in a real browser (Debian's chromium via playwright-core), served by
// the playground at /admin/stats over a seeded funnel: the page opens under its strict policy
// (its style sheet applies, nothing is blocked or run), each chart is an SVG with a real size and
// bars, and a seller name made of markup stays text. Skipped, saying why, without /usr/bin/chromium.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { startPlayground, type Playground } from "../channels/playground/harness.js";
import { introduce, submitQuote } from "../../src/core/deals/index.js";
import { FakeClock, dealDeps, seedDeal, validQuote } from "../integration/deals/fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[browser test] SKIPPED: ${CHROMIUM} not found — install Debian's chromium (apt-get install chromium) to run it`);

const HOSTILE = `<img src=x onerror="document.title='pwned'">Évora & Fils`;

describe.skipIf(!hasChromium)(`admin stats report in chromium (${CHROMIUM})`, () => {
  let pg: Playground;
  let browser: Browser;

  beforeAll(async () => {
    pg = await startPlayground();
    const clock = new FakeClock(new Date());
    const deps = dealDeps(pg.t.db, clock);
    const f = await seedDeal(pg.t.db);
    await pg.t.db.prisma.seller.update({ where: { id: f.sellers[0]!.id }, data: { name: HOSTILE } });
    const { created } = await introduce(deps, f.buyer, { requestId: f.requestId, matchIds: f.matchIds });
    clock.advanceHours(3);
    await submitQuote(deps, f.sellers[0]!.actor, { introductionId: created.find((c) => c.sellerId === f.sellers[0]!.id)!.introductionId, quote: validQuote });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await pg?.stop();
  });

  it("opens with its charts drawn and names as text", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("dialog", (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
    const res = await page.goto(`${pg.url}/admin/stats`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()["content-security-policy"]).toMatch(/default-src 'none'; style-src 'sha256-/);

    const charts = await page.$$eval("svg.chart", (svgs) =>
      svgs.map((s) => {
        const box = s.getBoundingClientRect();
        const bars = [...s.querySelectorAll("rect.bar")].map((r) => r.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0);
        return { title: s.querySelector("title")?.textContent ?? "", width: box.width, height: box.height, bars: bars.length };
      }),
    );
    expect(charts.map((c) => c.title)).toEqual([
      "Deals funnel: requests at each stage",
      "Time from lead delivery to first quote",
      "Share of leads each seller answered (quote, decline or message)",
    ]);
    for (const c of charts) {
      expect(c.width).toBeGreaterThan(100);
      expect(c.height).toBeGreaterThan(20);
      expect(c.bars).toBeGreaterThan(0);
    }
    // The inline style sheet is allowed by its hash (a blocked one would leave the default width).
    expect(await page.$eval("body", (b) => getComputedStyle(b).maxWidth)).toBe("780px");
    expect(await page.locator("#sellers td", { hasText: "Évora & Fils" }).first().textContent()).toBe(HOSTILE);
    expect(await page.$$("img")).toHaveLength(0);
    expect(await page.title()).toBe("Caravan deals report");
    expect(problems).toEqual([]);
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: path.join("test-results", "admin-stats.png"), fullPage: true });
    await page.close();
  }, 60_000);
});
