// The playground in a real browser (Debian's chromium driven by playwright-core): a buyer types a
// request, sees the shortlist, introduces a seller, plays that seller, quotes, sees the quote
// arrive in the buyer chat, accepts it. `npm start`'s own composition (createApp) on an in-memory
// PGlite, on a free port. Skipped, saying why, when /usr/bin/chromium is not installed.
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { configFrom } from "../../src/config.js";
import { silentLogger } from "../../src/logger.js";
import { createApp, type App } from "../../src/app.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[browser test] SKIPPED: ${CHROMIUM} not found — install Debian's chromium (apt-get install chromium) to run it`);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });

describe.skipIf(!hasChromium)(`playground in chromium (${CHROMIUM})`, () => {
  let app: App;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    app = await createApp(configFrom({ CARAVAN_DATA_DIR: "memory://", PORT: String(port), OUTBOX_POLL_MS: "100" }), silentLogger);
    await app.start();
    url = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("finds a supplier for argan oil and completes a quote round-trip", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(url);
    try {
    // First start seeds the demo catalog; the page says so and then offers the sellers.
    await page.locator("#seller-select option").first().waitFor({ state: "attached", timeout: 90_000 });

    await page.getByLabel("Message", { exact: true }).fill("2 tonnes of organic argan oil to Rotterdam");
    await page.getByLabel("Message", { exact: true }).press("Enter");
    await page.getByRole("button", { name: "Search suppliers" }).click();
    await page.locator(".bubble", { hasText: "Suppliers that fit" }).waitFor();
    const introduce = page.getByRole("button", { name: /^Introduce / }).first();
    const sellerName = ((await introduce.textContent()) ?? "").replace(/^Introduce /, "");
    expect(sellerName).not.toBe("");
    await introduce.click();
    await page.locator(".bubble", { hasText: `Introduced you to ${sellerName}` }).waitFor();

    // Switch to the seller's desk, as that seller.
    const option = page.locator("#seller-select option", { hasText: sellerName }).first();
    await page.getByLabel("Play as seller").selectOption(await option.getAttribute("value"));
    await page.getByRole("button", { name: "Play this seller" }).click();
    await page.locator("#seller-current", { hasText: sellerName }).waitFor();
    const lead = page.locator("#leads button", { hasText: "organic argan oil" });
    await lead.first().click();
    await page.locator("#lead h4", { hasText: "organic argan oil" }).waitFor();

    await page.getByLabel("Unit price").fill("18.50");
    await page.getByLabel("Lead time (days)").fill("21");
    await page.getByLabel("Incoterm", { exact: true }).selectOption("CIF");
    await page.getByLabel("Incoterm place").fill("Rotterdam");
    await page.getByRole("button", { name: "Send quote" }).click();

    // The quote travels through the outbox and SSE into the buyer chat.
    const quote = page.locator(".bubble.from-seller", { hasText: "Price: 18.5 EUR / kg" });
    await quote.waitFor({ timeout: 15_000 });
    await quote.getByRole("button", { name: "Accept" }).click();
    await page.locator(".bubble", { hasText: "Quote accepted" }).waitFor();
    await page.locator("#lead", { hasText: "accepted" }).waitFor({ timeout: 15_000 });
    } finally {
      // Saved on failure too: it shows where the flow stopped.
      mkdirSync("test-results", { recursive: true });
      await page.screenshot({ path: path.join("test-results", "playground.png"), fullPage: true });
    }
    expect(problems).toEqual([]);
  }, 150_000);
});
