// A linked seller updates their own catalog from Discord: the real discord.js client against the
// strict fake Discord (attachments served from its CDN), the real import path (seedCatalog with the
// offline embedder and vector index) and a real database. The seller always comes from the link.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { createDeskStores as deskStores } from "../../../src/adapters/db/sellerDeskStore.js";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { FakeClock, dealDeps, waitFor } from "../../integration/deals/fixtures.js";
import { createDiscordChannel } from "../../../src/channels/discord/service.js";
import { configFrom } from "../../../src/config.js";
import { createLogger, silentLogger } from "../../../src/logger.js";
import { buildCoreDeps, buildSellerCatalog, type CoreDeps } from "../../../src/wiring.js";
import { seedCatalog } from "../../../src/core/catalog/seedCatalog.js";
import { openCatalog } from "../../../src/adapters/catalog/readCatalog.js";
import { matchText } from "../../../src/core/matching/matchRequest.js";
import { MAX_UPLOAD_BYTES } from "../../../src/core/catalog/uploadCheck.js";
import { HEADER, row, tempDir, writeFile } from "../../helpers/catalogFiles.js";
import { FakeDiscord, IDS, catalogCommand, interaction } from "./fakeDiscord.js";

let t: TestDb;
let core: CoreDeps;
let fake: FakeDiscord;
let desk: ReturnType<typeof createDiscordChannel>;
const fetched: string[] = [];
const SELLER = "910000000000000101"; // linked to Atlas Argan
const STRANGER = "910000000000000102"; // linked to nobody
let atlasId = "";
let mapleId = "";

const OWN_HEADER = "sku,title,description,moq,unit,price_min,price_max,currency,lead_time_days,certifications,origin_country,ships_to";

beforeAll(async () => {
  t = await createTestDb();
  core = buildCoreDeps(configFrom({}), t.db, silentLogger);
  // Another seller's catalog, loaded by an admin with npm run seed's path.
  const dir = tempDir();
  const admin = writeFile(dir, "maple.csv", [HEADER, row("Maple North", "M-1", "Maple syrup grade A", { seller_country: "CA" })].join("\n"));
  await seedCatalog(core, async () => (await openCatalog(admin)).rows);
  mapleId = (await t.db.prisma.seller.findUniqueOrThrow({ where: { name: "Maple North" } })).id;
  const atlas = await t.db.prisma.seller.create({ data: { name: "Atlas Argan", country: "MA", claimCode: "CRV-ATLS-0001" } });
  atlasId = atlas.id;
  await t.db.prisma.sellerMember.create({ data: { sellerId: atlasId, platform: "discord", externalId: SELLER, displayName: "atlas" } });

  fake = new FakeDiscord();
  await fake.start();
  // The injected fetch records what the desk downloads, then fetches it from the fake's CDN on 127.0.0.1.
  const recordingFetch: typeof fetch = (input, init) => {
    fetched.push(String(input));
    return fetch(input, init);
  };
  desk = createDiscordChannel(
    { deals: dealDeps(t.db, new FakeClock(new Date())), stores: deskStores(t.db), logger: createLogger("silent"), catalog: buildSellerCatalog(core) },
    { token: "fake-token", leadsChannelId: IDS.leads, apiUrl: `${fake.url}/api`, readyTimeoutMs: 10_000, relay: false, fetch: recordingFetch },
  );
  await desk.service.start();
}, 60_000);
afterAll(async () => {
  await desk?.service.stop();
  await fake?.close();
  await t?.cleanup();
});
beforeEach(() => {
  fetched.length = 0;
});

/** Sends /catalog … as `user` in `locale`; the answer the user sees (the deferred message filled). */
async function ask(data: Record<string, unknown>, { user = SELLER, locale = "en-US" } = {}): Promise<string> {
  const before = fake.answers().length;
  const callbacks = fake.callbacks().length;
  fake.dispatch("INTERACTION_CREATE", { ...interaction(user, IDS.leads, 2, data), locale });
  await waitFor(() => fake.answers().length >= before + 2, 20_000);
  // Deferred (ephemeral "thinking…") before any download or import: the 3-second window is safe.
  expect(fake.callbacks()[callbacks]).toMatchObject({ type: 5, data: { flags: 64 } });
  expect(fake.violations).toEqual([]);
  const content = String(fake.answers().at(-1)!.content ?? "");
  expect(content.length).toBeLessThanOrEqual(2000);
  return content;
}

const upload = (name: string, content: string | Buffer, opts: { user?: string; locale?: string; type?: string; announced?: number } = {}) =>
  ask(catalogCommand("upload", fake.attach(name, content, opts.type, opts.announced)), opts);

const products = (sellerId: string) => t.db.prisma.product.findMany({ where: { sellerId }, orderBy: { sku: "asc" } });

describe("/catalog upload (Discord)", () => {
  it("imports the linked seller's file and reports in English, rejected rows with line and reason", async () => {
    const csv = [
      OWN_HEADER,
      "A-1,Organic argan oil,Cold-pressed culinary argan oil,100,l,18,22,EUR,14,organic,MA,FR;NL",
      "A-2,Cosmetic argan oil,Deodorised argan oil for cosmetics,50,l,25,30,EUR,21,ecocert,MA,*",
      "A-3,Amlou spread,Argan and almond spread,200,kg,abc,9,EUR,10,,MA,FR",
    ].join("\n");
    const answer = await upload("argan.csv", csv);
    expect(answer).toContain("Catalog import of argan.csv");
    expect(answer).toContain("3 rows read: 2 new, 0 updated, 0 unchanged, 1 rejected.");
    // User text is markdown-escaped: price_min shows as written, not in italics.
    expect(answer).toContain("argan.csv:4 — price\\_min must be a number");
    expect(fetched).toHaveLength(1);
    expect((await products(atlasId)).map((p) => p.sku)).toEqual(["A-1", "A-2"]);
    // Embedded as seed embeds: each product has its vector from the configured embedder.
    expect((await products(atlasId)).every((p) => p.embeddedHash === p.contentHash && p.embeddingModel === core.embedder.model)).toBe(true);
    const stored = await t.db.prisma.catalogImport.findFirstOrThrow({ where: { sellerId: atlasId }, orderBy: { createdAt: "desc" } });
    expect(stored).toMatchObject({ platform: "discord", userId: SELLER, fileName: "argan.csv", read: 3, created: 2, rejected: 1, problemsTotal: 1 });
  });

  it("makes uploaded products findable by the matcher at once", async () => {
    const shortlist = await matchText(core, "500 litres of cosmetic argan oil to Rotterdam");
    expect(shortlist.items.map((i) => i.product.sku)).toContain("A-2");
    expect(shortlist.items[0]!.product.sellerId).toBe(atlasId);
    // The search cache is loaded now; a product uploaded next is found without waiting for its
    // freshness check (the upload refreshes it).
    await upload("saffron.csv", [OWN_HEADER, "SF-1,Saffron threads grade I,Taliouine saffron,1,kg,900,1100,EUR,10,,MA,FR"].join("\n"));
    const saffron = await matchText(core, "2 kg of saffron threads to Paris");
    expect(saffron.items[0]!.product).toMatchObject({ sku: "SF-1", sellerId: atlasId });
  });

  it("changes nothing when the same file is uploaded again", async () => {
    const csv = [OWN_HEADER, "R-1,Argan soap,Handmade argan soap,500,pcs,1,2,EUR,7,,MA,FR", "R-2,Argan shampoo,,100,pcs,3,4,EUR,7,,MA,FR"].join("\n");
    expect(await upload("repeat.csv", csv)).toContain("2 rows read: 2 new, 0 updated, 0 unchanged, 0 rejected.");
    const before = await products(atlasId);
    expect(await upload("repeat.csv", csv)).toContain("2 rows read: 0 new, 0 updated, 2 unchanged, 0 rejected.");
    expect(await products(atlasId)).toEqual(before);
  });

  it("answers in French for a French Discord, with FILE:SHEET:ROW for a spreadsheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tarifs");
    ws.addRow(["Tarifs 2027 — Atlas Argan"]);
    ws.addRow(["Référence", "Désignation", "Quantité minimum", "Unité", "Prix", "Devise"]);
    ws.addRow(["F-1", "Huile d'argan alimentaire", 100, "l", 19, "EUR"]);
    ws.addRow(["F-2", "Savon noir à l'argan", 0, "kg", 4, "EUR"]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const answer = await upload("tarifs.xlsx", xlsx, { locale: "fr", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    expect(answer).toContain("Import du catalogue tarifs.xlsx");
    expect(answer).toContain("2 lignes lues : 1 nouvelles, 0 mises à jour, 0 inchangées, 1 refusées.");
    expect(answer).toContain("Lignes refusées");
    // The row's reason in French too, worded from its code (npm run seed says it in English).
    expect(answer).toContain("tarifs.xlsx:Tarifs:4 — moq doit être supérieur à 0 (laissez la case vide s'il n'y a pas de minimum)");
    expect(answer).not.toContain("must be greater");
    expect((await products(atlasId)).map((p) => p.sku)).toContain("F-1");
  });

  it("refuses rows naming another seller: that seller's products stay as they were", async () => {
    const mapleBefore = await products(mapleId);
    const csv = [
      HEADER,
      row("Maple North", "M-1", "Cheap fake syrup", { seller_country: "CA", price_min: 1, price_max: 1 }),
      row("Maple North", "M-9", "Injected product", { seller_country: "CA" }),
      row("atlas  ARGAN", "A-7", "Argan hair oil"),
    ].join("\n");
    const answer = await upload("mixed.csv", csv);
    expect(answer).toContain("3 rows read: 1 new, 0 updated, 0 unchanged, 2 rejected.");
    expect(answer).toContain("mixed.csv:2 — the seller column says “Maple North”, but you upload for Atlas Argan");
    expect(answer).toContain("mixed.csv:3 — the seller column says “Maple North”");
    expect(await products(mapleId)).toEqual(mapleBefore);
    expect(await t.db.prisma.product.count({ where: { sku: { in: ["M-1", "M-9"] }, sellerId: atlasId } })).toBe(0);
    expect((await products(atlasId)).map((p) => p.sku)).toContain("A-7");
    // No seller was created from the file.
    expect(await t.db.prisma.seller.count()).toBe(2);
  });

  it("clips a long report to one message and counts the rest", async () => {
    const bad = Array.from({ length: 300 }, (_, i) => `B-${i},Broken ${i},,100,kg,x,2,EUR,7,,MA,FR`);
    const answer = await upload("broken.csv", [OWN_HEADER, ...bad].join("\n"));
    expect(answer).toContain("300 rows read: 0 new, 0 updated, 0 unchanged, 300 rejected.");
    const shown = answer.split("\n").filter((l) => l.startsWith("• ")).length;
    expect(shown).toBeGreaterThan(5);
    expect(answer).toMatch(new RegExp(`… and ${300 - shown} more\\.$`));
    // Stored for /catalog status: the first 200 rejected rows and the count of all of them.
    const stored = await t.db.prisma.catalogImport.findFirstOrThrow({ where: { fileName: "broken.csv" } });
    expect(stored.problemsTotal).toBe(300);
    expect(stored.problems).toHaveLength(200);
  });

  it("refuses a file over the limit before downloading it, and one that turns out bigger while downloading", async () => {
    const announced = await upload("huge.csv", "sku,title\nX,Y\n", { announced: MAX_UPLOAD_BYTES + 1 });
    expect(announced).toContain("the limit is 5 MB");
    expect(fetched).toEqual([]);
    const big = `${OWN_HEADER}\n${"Z-1,Big,".padEnd(MAX_UPLOAD_BYTES + 10, "x")}\n`;
    const lying = await upload("lying.csv", big, { announced: 1000 });
    expect(lying).toContain("the limit is 5 MB");
    expect(fetched).toHaveLength(1);
    expect(await t.db.prisma.product.count({ where: { sku: "Z-1" } })).toBe(0);
  });

  it("refuses files of other types by name (without downloading) and by content", async () => {
    expect(await upload("catalogue.ods", "PK\u0003\u0004whatever")).toContain("save it as .xlsx first");
    expect(await upload("setup.exe", "MZ\u0090\u0000")).toContain("is not a catalog file Caravan reads");
    expect(fetched).toEqual([]);
    const exe = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
    expect(await upload("prices.csv", exe)).toContain("“prices.csv” does not hold what its name says (.csv)");
    expect(await upload("prix.xlsx", "sku,title\nA,B\n", { locale: "fr" })).toContain("« prix.xlsx » ne contient pas ce que son nom annonce (.xlsx)");
    expect(await t.db.prisma.catalogImport.count({ where: { fileName: { in: ["prices.csv", "prix.xlsx", "setup.exe"] } } })).toBe(0);
  });

  it("answers an unlinked user with the link-first sentence and downloads nothing", async () => {
    const csv = [OWN_HEADER, "S-1,Stranger product,,1,kg,1,2,EUR,7,,MA,FR"].join("\n");
    expect(await upload("mine.csv", csv, { user: STRANGER })).toContain("not linked to a company yet: use /link");
    expect(await ask(catalogCommand("status"), { user: STRANGER })).toContain("not linked to a company yet");
    expect(fetched).toEqual([]);
    expect(await t.db.prisma.product.count({ where: { sku: "S-1" } })).toBe(0);
  });

  it("/catalog status shows the product count and the last import's report", async () => {
    const count = await t.db.prisma.product.count({ where: { sellerId: atlasId } });
    const en = await ask(catalogCommand("status"));
    expect(en).toContain(`**Atlas Argan** has ${count} products in Caravan.`);
    expect(en).toContain("Last upload:");
    // The last file that reached the importer: the refused ones (too big, wrong type) never did.
    expect(en).toContain("Catalog import of broken.csv");
    expect(en).toMatch(/… and \d+ more\.$/);
    expect(en).toContain("broken.csv:2 — price\\_min must be a number (use . for decimals, no currency sign)");
    // The stored report keeps each reason as a code: read later, it is worded in the reader's language.
    const fr = await ask(catalogCommand("status"), { locale: "fr" });
    expect(fr).toContain(`**Atlas Argan** a ${count} produits sur Caravan.`);
    expect(fr).toContain("broken.csv:2 — price\\_min doit être un nombre (utilisez le point . pour les décimales, sans symbole monétaire)");
    const ar = await ask(catalogCommand("status"), { locale: "ar" });
    expect(ar).toContain("broken.csv:2 — يجب أن يكون price\\_min رقمًا");
  });

  it("tells a seller whose headers are not recognised which names to use, not the CLI's --map", async () => {
    const fr = await upload("sans-entete.csv", "Ref interne,Libellé long,Prix\nA-1,Savon,3\n", { locale: "fr" });
    expect(fr).toContain("Rien n'a été importé : aucune ligne d'en-tête dans les 30 premières lignes");
    expect(fr).toContain("renommez ces en-têtes dans votre fichier");
    expect(fr).toContain("sku: SKU / Référence / Code article; title: Title / Désignation / Nom du produit");
    expect(fr).not.toContain("--map");
    const en = await upload("no-title.csv", "Référence,Prix,Unité\nA-1,3,kg\n");
    expect(en).toContain("Nothing was imported: the required column title was not found (the header row has: reference, prix, unite)");
    expect(en).toContain("title: Title / Désignation / Nom du produit");
    expect(en).not.toContain("--map");
    // /catalog status words the stored file problem in the reader's language too.
    expect(await ask(catalogCommand("status"), { locale: "es" })).toContain("no se encontró la columna obligatoria title");
  });
  it("reports rows that landed with something to fix, in the seller's language, and keeps them for /catalog status", async () => {
    const csv = [
      `${OWN_HEADER},Conditionnement`,
      "W-1,Argan oil 1 l bottles,Culinary argan oil,100,,18,22,EUR,14,,MA,FR,carton de 12",
      "W-2,Argan oil 5 l cans,Culinary argan oil,20,l,16,19,EUR,14,,MA,FR,bidon",
      "W-3,Argan oil drums,,x,l,1,2,EUR,14,,MA,FR,fût",
    ].join("\n");
    const fr = await upload("notes.csv", csv, { locale: "fr" });
    expect(fr).toContain("3 lignes lues : 2 nouvelles, 0 mises à jour, 0 inchangées, 1 refusées.");
    expect(fr).toContain("notes.csv:4 — moq doit être un nombre");
    // The warnings come after the rejected rows: the file's note, then the row's.
    expect(fr).toContain("Importées, mais à vérifier (où — quoi)");
    expect(fr).toContain("• notes.csv — la colonne conditionnement n'est pas une colonne que Caravan connaît : conservée comme détail supplémentaire de chaque produit");
    expect(fr).toContain("• notes.csv:2 — moq n'a pas d'unité");
    expect(fr).not.toContain("moq has no unit");
    expect(fr.indexOf("Lignes refusées")).toBeLessThan(fr.indexOf("Importées, mais"));
    // Both rows landed; the warning did not cost the product.
    expect((await products(atlasId)).map((p) => p.sku)).toEqual(expect.arrayContaining(["W-1", "W-2"]));
    const stored = await t.db.prisma.catalogImport.findFirstOrThrow({ where: { fileName: "notes.csv" } });
    expect(stored).toMatchObject({
      warningsTotal: 1, warnings: [{ line: 2, issues: [{ code: "moq_without_unit" }] }], fileWarnings: [{ code: "unknown_columns", columns: ["conditionnement"] }],
    });
    // Stored as codes: /catalog status words them in English for an English reader.
    const en = await ask(catalogCommand("status"));
    expect(en).toContain("Imported, but worth checking (where — what)");
    expect(en).toContain("• notes.csv — the column conditionnement is not one Caravan knows: kept as an extra detail of each product");
    expect(en).toContain("• notes.csv:2 — moq has no unit");
  });

  it("clips many warnings to one message after the rejected rows, counting the rest of each", async () => {
    const warned = Array.from({ length: 300 }, (_, i) => `WW-${i},Argan oil lot ${i},,10,,1,2,EUR,7,,MA,FR`);
    const bad = Array.from({ length: 40 }, (_, i) => `WB-${i},Broken ${i},,100,kg,x,2,EUR,7,,MA,FR`);
    const answer = await upload("many.csv", [OWN_HEADER, ...bad, ...warned].join("\n"));
    expect(answer).toContain("340 rows read: 300 new, 0 updated, 0 unchanged, 40 rejected.");
    const [rejected, warnings] = answer.split("Imported, but worth checking");
    expect(warnings).toBeDefined();
    const shown = (part: string) => part.split("\n").filter((l) => l.startsWith("• ")).length;
    const more = (part: string) => Number(/… and (\d+) more\./.exec(part)?.[1] ?? 0);
    expect(shown(rejected!) + more(rejected!)).toBe(40);
    expect(shown(warnings!)).toBeGreaterThan(0);
    expect(shown(warnings!) + more(warnings!)).toBe(300);
    const stored = await t.db.prisma.catalogImport.findFirstOrThrow({ where: { fileName: "many.csv" } });
    expect(stored.warningsTotal).toBe(300);
    expect(stored.warnings).toHaveLength(200);
  });
});
