// The playground in a real browser (Debian's chromium driven by playwright-core), on a laptop-sized
// window: a buyer types a request, sees the shortlist, introduces a seller, plays that seller,
// quotes, sees the quote arrive in the buyer chat, asks a question, accepts, and both sides share
// their contact. The same flow again with the keyboard alone. Along the way: both panes fit side
// by side, text contrast, a name on every control, and text that looks like HTML stays text.
// `npm start`'s own composition (createApp) on an in-memory PGlite, on a free port. Skipped,
// saying why, without /usr/bin/chromium.
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { configFrom } from "../../src/config.js";
import { t } from "../../src/locales/index.js";
import { silentLogger } from "../../src/logger.js";
import { createApp, type App } from "../../src/app.js";
import { focused, layoutProblems, lowContrast, tabTo, unnamedControls } from "./a11y.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[browser test] SKIPPED: ${CHROMIUM} not found — install Debian's chromium (apt-get install chromium) to run it`);

const REQUEST = "2 tonnes of organic argan oil to Rotterdam";
const AR_FIRST_REASON = t("ar", "decline-reason-not_our_product");
const BUYER_CONTACT = "Jane <i>Doe</i>, jane@example.com";
const HOSTILE = `<img src=x onerror="document.title='pwned'">Is it <b>cold pressed</b>?`;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });

const shot = (page: Page, name: string) => {
  mkdirSync("test-results", { recursive: true });
  return page.screenshot({ path: path.join("test-results", name) });
};

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

  /** A fresh page (its own session: a new buyer) once the demo catalog is loaded. */
  async function openPage(): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(url);
    // The first start seeds the demo catalog; the page says so and then offers the sellers.
    await page.locator("#seller-select option").first().waitFor({ state: "attached", timeout: 90_000 });
    return { page, problems };
  }

  it("finds a supplier for argan oil and completes a quote round-trip, readable on a laptop", async () => {
    const { page, problems } = await openPage();
    try {
      expect(await layoutProblems(page)).toEqual([]);
      await page.getByLabel("Message", { exact: true }).fill(REQUEST);
      await page.getByLabel("Message", { exact: true }).press("Enter");
      await page.getByRole("button", { name: "Search suppliers" }).click();
      await page.locator(".bubble", { hasText: "Suppliers that fit" }).waitFor();
      const introduce = page.getByRole("button", { name: /^Introduce / }).first();
      const sellerName = ((await introduce.textContent()) ?? "").replace(/^Introduce /, "");
      expect(sellerName).not.toBe("");
      await introduce.click();
      await page.locator(".bubble", { hasText: `I contacted ${sellerName}` }).waitFor();

      // Switch to the seller's desk, as that seller; the quote form is a modal, as in Discord.
      const option = page.locator("#seller-select option", { hasText: sellerName }).first();
      await page.getByLabel("Play as seller").selectOption(await option.getAttribute("value"));
      await page.getByRole("button", { name: "Play this seller" }).click();
      await page.locator("#seller-current", { hasText: sellerName }).waitFor();
      await page.locator("#leads button", { hasText: "organic argan oil" }).first().click();
      await page.locator("#lead h3", { hasText: "organic argan oil" }).waitFor();
      await page.getByRole("button", { name: "Send quote" }).click();
      const dialog = page.getByRole("dialog", { name: "Send a quote" });
      await dialog.getByLabel("Unit price").fill("18.50");
      await dialog.getByLabel("Lead time (days)").fill("21");
      await dialog.getByLabel("Incoterm", { exact: true }).selectOption("CIF");
      await dialog.getByLabel("Incoterm place").fill("Rotterdam");
      await dialog.getByRole("button", { name: "Send quote" }).click();
      await dialog.waitFor({ state: "hidden" });

      // The quote travels through the outbox and SSE into the buyer chat, with Telegram's buttons.
      const quote = page.locator(".bubble.from-seller", { hasText: "Unit price: 18.5 EUR / kg" });
      await quote.waitFor({ timeout: 15_000 });
      for (const name of ["Accept", "Counter", "Ask", "Decline"]) await quote.getByRole("button", { name, exact: true }).waitFor();

      // [Ask] with text that looks like HTML: it stays text on both sides and runs nothing.
      await quote.getByRole("button", { name: "Ask", exact: true }).click();
      await expect.poll(() => focused(page)).toMatch(/^input#message/);
      await page.keyboard.type(HOSTILE);
      await page.keyboard.press("Enter");
      await page.locator(".bubble", { hasText: `Sent to ${sellerName}` }).waitFor();
      await page.locator("#lead .msg", { hasText: "cold pressed" }).waitFor({ timeout: 15_000 });
      expect(await page.locator(".bubble.from-you").last().textContent()).toBe(HOSTILE);
      expect(await page.locator("#lead .msg", { hasText: "cold pressed" }).locator("p").textContent()).toBe(HOSTILE);
      expect(await page.locator("#chat img, #chat b, #lead img, #lead b").count()).toBe(0);
      expect(await page.title()).toBe("Caravan playground");

      expect(await lowContrast(page)).toEqual([]);
      expect(await unnamedControls(page)).toEqual([]);
      await quote.getByRole("button", { name: "Accept" }).click();
      await page.locator(".bubble", { hasText: "Accepted!" }).waitFor();
      await page.locator("#lead .badge", { hasText: "accepted" }).waitFor({ timeout: 15_000 });

      // Contacts: each side types its own line; neither sees the other's until both shared.
      await page.locator(".bubble", { hasText: "Accepted!" }).getByRole("button", { name: "Share my contact" }).click();
      await page.locator("#compose-label", { hasText: `Your contact for ${sellerName}` }).waitFor();
      await expect.poll(() => focused(page)).toMatch(/^input#message/);
      await page.keyboard.type(BUYER_CONTACT);
      await page.keyboard.press("Enter");
      await page.locator(".bubble", { hasText: "once they agree too" }).waitFor();
      await page.locator("#lead dd", { hasText: "the buyer would like to exchange contact details" }).waitFor({ timeout: 15_000 });
      expect(await page.locator("#lead").textContent()).not.toContain("jane@example.com");
      await page.locator("#open-contact").click();
      const contactDialog = page.getByRole("dialog", { name: "Share your contact with this buyer" });
      await contactDialog.getByLabel("Your contact (name, e-mail or phone)").fill("Export desk, +212 524 000 000");
      await contactDialog.getByRole("button", { name: "Share my contact" }).click();
      await contactDialog.waitFor({ state: "hidden" });
      await page.locator(".bubble", { hasText: `Contact details of ${sellerName}` }).getByText("Export desk, +212 524 000 000").waitFor({ timeout: 15_000 });
      await page.locator("#lead dd", { hasText: "jane@example.com" }).waitFor({ timeout: 15_000 });
      expect(await page.locator("#lead dd", { hasText: "jane@example.com" }).textContent()).toBe(BUYER_CONTACT);
      expect(await page.locator("#chat i, #lead i").count()).toBe(0);
      expect(await layoutProblems(page)).toEqual([]);
      await page.setViewportSize({ width: 1440, height: 900 });
      expect(await layoutProblems(page)).toEqual([]);
      await shot(page, "playground-1440x900.png");
      await page.setViewportSize({ width: 1366, height: 768 });
    } finally {
      // Saved on failure too: it shows where the flow stopped.
      await shot(page, "playground.png");
    }
    expect(problems).toEqual([]);
  }, 150_000);

  it("runs the same flow with the keyboard alone, with a visible focus", async () => {
    const { page, problems } = await openPage();
    try {
      await tabTo(page, /^input#message/);
      await page.keyboard.type(REQUEST);
      await page.keyboard.press("Enter");
      await page.locator(".bubble", { hasText: "Your request" }).last().waitFor();
      await tabTo(page, /^button# Search suppliers$/, { back: true });
      // The focus ring is drawn for keyboard focus (:focus-visible).
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe("solid");
      await page.keyboard.press("Enter");
      await page.locator(".bubble", { hasText: "Suppliers that fit" }).waitFor();
      await tabTo(page, /^button# Introduce /);
      const sellerName = (await focused(page)).replace(/^button# Introduce /, "");
      await page.keyboard.press("Enter");
      await page.locator(".bubble", { hasText: `I contacted ${sellerName}` }).waitFor();

      // The seller list is a <select>: arrow keys change it without opening it.
      await tabTo(page, /^select#seller-select/);
      for (let i = 0; i < 40 && !(await page.locator("#seller-select").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text ?? "")).startsWith(sellerName); i++)
        await page.keyboard.press("ArrowDown");
      await tabTo(page, /^button# Play this seller$/);
      await page.keyboard.press("Enter");
      await page.locator("#seller-current", { hasText: sellerName }).waitFor();
      await tabTo(page, /^button# organic argan oil/);
      await page.keyboard.press("Enter");
      await page.locator("#lead h3", { hasText: "organic argan oil" }).waitFor();
      await tabTo(page, /^button#open-quote Send quote$/);
      await page.keyboard.press("Enter");
      // The modal takes the focus; Enter in a field sends it; the focus comes back to its button.
      await expect.poll(() => focused(page)).toMatch(/^input#q-unitPrice/);
      await page.keyboard.type("17");
      await page.keyboard.press("Enter");
      await expect.poll(() => focused(page)).toMatch(/^button#open-quote/);

      const quote = page.locator(".bubble.from-seller", { hasText: "Unit price: 17 EUR / kg" });
      await quote.waitFor({ timeout: 15_000 });
      await tabTo(page, /^button# Accept$/, { back: true, max: 80 });
      await page.keyboard.press("Enter");
      await page.locator(".bubble", { hasText: "Accepted!" }).waitFor();
    } finally {
      await shot(page, "playground-keyboard.png");
    }
    expect(problems).toEqual([]);
  }, 150_000);

  it("uploads a catalog for the played seller and shows the report in the page's language, as text", async () => {
    const { page, problems } = await openPage();
    try {
      await page.selectOption("#language", "fr");
      await expect.poll(() => page.locator("#catalog-title").textContent()).toBe("Votre catalogue");
      const option = page.locator("#seller-select option").first();
      // The desk speaks French too, its labels included.
      await page.getByLabel("Jouer le vendeur").selectOption(await option.getAttribute("value"));
      await page.getByRole("button", { name: "Jouer ce vendeur" }).click();
      await page.locator("#catalog-summary", { hasText: "produits sur Caravan" }).waitFor();
      // Folded by default, so the lead threads keep their room; opened like any <details>.
      await page.locator("#catalog summary").click();
      const csv = ["sku,title,description,moq,unit,price_min,price_max,currency", "BR-1,Saffron threads,<b>grade I</b>,1,kg,900,1100,EUR", "BR-2,Rose water,,10,l,x,4,EUR"].join("\n");
      await page.getByLabel("Fichier du catalogue").setInputFiles({ name: "<img src=x onerror=alert(1)>.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByRole("button", { name: "Importer", exact: true }).click();
      const report = page.locator("#catalog-report");
      await report.locator("p", { hasText: "2 lignes lues : 1 nouvelles, 0 mises à jour, 0 inchangées, 1 refusées." }).waitFor({ timeout: 20_000 });
      expect(await report.locator("li").allTextContents()).toEqual([expect.stringMatching(/^<img src=x onerror=alert\(1\)>\.csv:3 — price_min doit être un nombre \(utilisez le point/)]);
      expect(await page.locator("#catalog img, #catalog b").count()).toBe(0);
      expect(await layoutProblems(page)).toEqual([]);
      expect(await lowContrast(page)).toEqual([]);
      expect(await unnamedControls(page)).toEqual([]);
      // A file of another type is refused with a sentence, in French.
      await page.getByLabel("Fichier du catalogue").setInputFiles({ name: "prix.ods", mimeType: "application/vnd.oasis.opendocument.spreadsheet", buffer: Buffer.from("PK\u0003\u0004") });
      await page.getByRole("button", { name: "Importer", exact: true }).click();
      await page.locator("#catalog-error", { hasText: "enregistrez-la d'abord en .xlsx" }).waitFor();
      await shot(page, "playground-catalog.png");
    } finally {
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 150_000);

  it("speaks Arabic right to left: the picker offers every language, the page mirrors and its words change", async () => {
    const { page, problems } = await openPage();
    try {
      const codes = await page.locator("#language option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(codes).toEqual(expect.arrayContaining(["ar", "en", "es", "fr"]));
      await page.selectOption("#language", "ar");
      await page.waitForFunction(() => document.documentElement.dir === "rtl", undefined, { timeout: 20_000 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("ar");
      await expect.poll(() => page.locator("[data-i18n='pg-send']").first().textContent()).toBe("إرسال");
      // The seller desk follows too: its labels, the seller picker and the decline reasons from the server.
      expect(await page.locator("#seller-title").textContent()).toBe("مكتب البائع");
      expect(await page.locator("#open-quote").textContent()).toBe("أرسل عرض سعر");
      await expect.poll(() => page.locator("#seller-select option").first().textContent(), { timeout: 20_000 }).toContain("عدد المنتجات");
      await expect.poll(() => page.locator("#d-reason option").first().textContent(), { timeout: 20_000 }).toBe(AR_FIRST_REASON);
      await shot(page, "playground-ar.png");
      await page.selectOption("#language", "en");
      await page.waitForFunction(() => document.documentElement.dir === "ltr", undefined, { timeout: 20_000 });
    } finally {
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 150_000);
});
