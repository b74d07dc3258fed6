// End to end against the independent Bot API emulator `telegram-test-api`: `npm start`'s own
// composition (createApp) with TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT, long polling through
// @grammyjs/runner, the outbox worker delivering to the buyer, a real database. The seller's side
// is played through the deals core, as Discord would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFrom } from "../../../src/config.js";
import { silentLogger } from "../../../src/logger.js";
import { createApp, type App } from "../../../src/app.js";
import { openCatalog } from "../../../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../../../src/core/catalog/seedCatalog.js";
import { sellerSays, submitQuote } from "../../../src/core/deals/index.js";
import { appDatabaseEnv, type TestDb } from "../../helpers/testDb.js";
import { HEADER, row, tempDir, writeFile } from "../../helpers/catalogFiles.js";
import { sellerActor, validQuote } from "./harness.js";
import { Buyer, Emulator } from "./emulator.js";

const TOKEN = "123456:e2e-token-for-the-emulator";
/** The emulator's getMe answers with this bot id. */
const EMULATOR_BOT_ID = 666;

let emulator: Emulator;
let app: App;
let t: TestDb | null = null;

beforeAll(async () => {
  emulator = new Emulator();
  await emulator.start();
  const { t: db, env: dbEnv } = await appDatabaseEnv();
  t = db;
  app = await createApp(configFrom({ ...dbEnv, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emulator.apiRoot, OUTBOX_POLL_MS: "100" }), silentLogger);
  const file = writeFile(tempDir(), "e2e.csv", [
    HEADER,
    row("Atlas Argan", "AA-1", "Organic culinary argan oil", { certifications: "organic;ecocert", moq: 200, unit: "kg", price_min: 14, price_max: 16, currency: "EUR", ships_to: "NL;FR", lead_time_days: 20 }),
    row("Souss Oils", "SO-1", "Culinary argan oil, toasted", { certifications: "organic", moq: 500, unit: "kg", ships_to: "NL;CA" }),
    row("Maple North", "MN-1", "Pure maple syrup grade A amber", { certifications: "organic;kosher", unit: "l", seller_country: "CA", origin_country: "CA", ships_to: "*" }),
  ].join("\n"));
  await seedCatalog(app.core, async () => (await openCatalog(file)).rows);
  await app.start();
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await t?.cleanup();
  await emulator?.stop();
});

describe("telegram buyer bot against the telegram-test-api emulator", { timeout: 90_000 }, () => {
  it("takes a buyer from /start to an accepted quote, in English", async () => {
    const buyer = new Buyer(emulator, TOKEN, { id: 31_001, first_name: "Alice", language_code: "en" });
    await buyer.say("/start");
    await buyer.waitFor(/Welcome to Caravan/);

    await buyer.say("I need organic argan oil");
    await buyer.waitFor(/How much/);
    await buyer.say("2 tonnes");
    await buyer.waitFor(/Where should/);
    await buyer.say("Rotterdam");
    const card = await buyer.waitFor(/Your request/);
    expect(card.text).toMatch(/2000 kg|2 t/);
    expect(card.buttons.map((b) => b.text).join(" | ")).toMatch(/Search suppliers \| .*Edit \| .*Cancel$/);

    await buyer.press(card, card.buttons[0]!.data);
    const shortlist = await buyer.waitFor(/Atlas Argan/);
    const introduce = shortlist.buttons.filter((b) => b.data.startsWith("in:"));
    expect(introduce.length).toBeGreaterThanOrEqual(1);
    const atlas = introduce.find((b) => /Atlas/.test(b.text)) ?? introduce[0]!;
    await buyer.press(shortlist, atlas.data);
    await buyer.waitFor(/I contacted/);

    const intro = await app.db.prisma.introduction.findFirstOrThrow({ where: { request: { buyer: { externalId: String(buyer.user.id) } } }, include: { seller: true } });
    const seller = await sellerActor(app.core, intro.seller.name);

    // A seller's question arrives; the buyer answers by replying to it: routed to that thread.
    await sellerSays(app.deals.deps, seller, { introductionId: intro.id, text: "Do you need it in bulk drums or in 1 L bottles?" });
    const question = await buyer.waitFor(/bulk drums/);
    await buyer.reply(question, "Bulk drums of 200 kg, please", EMULATOR_BOT_ID);
    await expect.poll(async () => app.db.prisma.threadMessage.findFirst({ where: { introductionId: intro.id, authorSide: "buyer" } }), { timeout: 10_000 }).toMatchObject({ text: "Bulk drums of 200 kg, please" });

    // The quote, delivered by the outbox worker as a card with the buyer's four choices.
    await submitQuote(app.deals.deps, seller, { introductionId: intro.id, quote: validQuote });
    const quote = await buyer.waitFor(/Quote v1/);
    expect(quote.buttons.map((b) => b.text).join(" | ")).toMatch(/Accept \| .*Counter \| .*Ask \| .*Decline$/);
    await buyer.press(quote, quote.buttons[0]!.data);
    await buyer.waitFor(/Accepted!/);
    const accepted = await app.db.prisma.introduction.findUniqueOrThrow({ where: { id: intro.id } });
    expect(accepted.status).toBe("accepted");

    // setMyCommands is not in the emulator (HTTP 500): the bot started anyway, and polled.
    expect(emulator.methods).toContain("setMyCommands");
    expect(emulator.methods).toContain("getUpdates");
  });

  it("speaks French to a French-speaking buyer, from /start to an accepted quote", async () => {
    const buyer = new Buyer(emulator, TOKEN, { id: 31_002, first_name: "Chloé", language_code: "fr" });
    await buyer.say("/start");
    await buyer.waitFor(/Bienvenue/);
    await buyer.say("Bonjour, on cherche 500 kg d'huile d'argan bio");
    await buyer.waitFor(/Où/);
    await buyer.say("Montréal");
    const card = await buyer.waitFor(/Votre demande/);
    expect(card.buttons.map((b) => b.text).join(" | ")).toMatch(/Chercher des fournisseurs \| .*Modifier \| .*Annuler$/);
    await buyer.press(card, card.buttons[0]!.data);
    const shortlist = await buyer.waitFor(/Souss Oils|Atlas Argan/);
    const introduce = shortlist.buttons.find((b) => b.data.startsWith("in:"))!;
    await buyer.press(shortlist, introduce.data);
    await buyer.waitFor(/j'ai contacté/);

    const intro = await app.db.prisma.introduction.findFirstOrThrow({ where: { request: { buyer: { externalId: String(buyer.user.id) } } }, include: { seller: true } });
    await submitQuote(app.deals.deps, await sellerActor(app.core, intro.seller.name), { introductionId: intro.id, quote: validQuote });
    const quote = await buyer.waitFor(/Devis v1/);
    const accept = quote.buttons.find((b) => /Accepter/.test(b.text))!;
    await buyer.press(quote, accept.data);
    await buyer.waitFor(/Accepté !/);
    expect((await app.db.prisma.introduction.findUniqueOrThrow({ where: { id: intro.id } })).status).toBe("accepted");
  });
  // Arabic and Spanish buyers: the whole flow in their language, their product words matched to
  // English catalog titles through the trade lexicon (no English string reaches them on the way).
  for (const c of [
    {
      lang: "ar", id: 31_003, name: "Karim", welcome: /أهلًا بك/, ask: "نحتاج ٥٠٠ كيلو زيت أرغان عضوي", where: /إلى أين/, place: "روتردام",
      card: /طلبك/, search: /ابحث/, introduced: /تواصلتُ/, quote: /عرض السعر v1/, accept: /قبول/, accepted: /تم القبول/,
    },
    {
      lang: "es", id: 31_004, name: "Lucía", welcome: /Bienvenido/, ask: "Buscamos 500 kilos de aceite de argán orgánico", where: /Dónde/, place: "Rotterdam",
      card: /Su solicitud/, search: /Buscar proveedores/, introduced: /contacté a/, quote: /Cotización v1/, accept: /Aceptar/, accepted: /Aceptada/,
    },
  ]) {
    it(`speaks ${c.lang === "ar" ? "Arabic" : "Spanish"} to a buyer writing it, from /start to an accepted quote`, async () => {
      const buyer = new Buyer(emulator, TOKEN, { id: c.id, first_name: c.name, language_code: c.lang });
      await buyer.say("/start");
      await buyer.waitFor(c.welcome);
      await buyer.say(c.ask);
      await buyer.waitFor(c.where);
      await buyer.say(c.place);
      const card = await buyer.waitFor(c.card);
      expect(card.buttons[0]!.text).toMatch(c.search);
      await buyer.press(card, card.buttons[0]!.data);
      const shortlist = await buyer.waitFor(/Souss Oils|Atlas Argan/);
      expect(shortlist.text).not.toMatch(/\bMOQ not stated|Your request|I contacted/);
      const introduce = shortlist.buttons.find((b) => b.data.startsWith("in:"))!;
      await buyer.press(shortlist, introduce.data);
      await buyer.waitFor(c.introduced);

      const intro = await app.db.prisma.introduction.findFirstOrThrow({ where: { request: { buyer: { externalId: String(buyer.user.id) } } }, include: { seller: true, request: true } });
      expect(intro.request).toMatchObject({ language: c.lang, destinationCountry: "NL", quantityUnit: "kg" });
      await submitQuote(app.deals.deps, await sellerActor(app.core, intro.seller.name), { introductionId: intro.id, quote: validQuote });
      const quote = await buyer.waitFor(c.quote);
      const accept = quote.buttons.find((b) => c.accept.test(b.text))!;
      await buyer.press(quote, accept.data);
      await buyer.waitFor(c.accepted);
      expect((await app.db.prisma.introduction.findUniqueOrThrow({ where: { id: intro.id } })).status).toBe("accepted");
    });
  }
});
