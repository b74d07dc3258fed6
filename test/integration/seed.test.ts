import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFrom } from "../../src/config.js";
import { silentLogger } from "../../src/logger.js";
import { createCatalogStore } from "../../src/adapters/db/catalogStore.js";
import { openCatalog } from "../../src/adapters/catalog/readCatalog.js";
import { rowIssuesText, rowIssueText } from "../../src/adapters/catalog/issueText.js";
import { createEmbedder, createVectorIndex } from "../../src/adapters/vectorFactory.js";
import { productText } from "../../src/adapters/local/productText.js";
import { seedCatalog, type SeedDeps } from "../../src/core/catalog/seedCatalog.js";
import { reindexCatalog } from "../../src/core/catalog/reindexCatalog.js";
import type { Embedder } from "../../src/ports/embedder.js";
import { createTestDb, type TestDb } from "../helpers/testDb.js";
import { HEADER, row, tempDir, writeFile } from "../helpers/catalogFiles.js";

let t: TestDb;
let deps: SeedDeps;
let embedded = 0;
const dir = tempDir();

beforeAll(async () => {
  t = await createTestDb();
  const config = configFrom({});
  const real = createEmbedder(config, silentLogger);
  // Counts what gets embedded, to prove unchanged rows are never re-embedded.
  const counting: Embedder = {
    model: real.model,
    dimensions: real.dimensions,
    embedDocuments: async (texts) => {
      embedded += texts.length;
      return real.embedDocuments(texts);
    },
    embedQuery: (text) => real.embedQuery(text),
  };
  deps = { store: createCatalogStore(t.db), embedder: counting, index: createVectorIndex(config, t.db, counting, silentLogger), describe: productText };
});
afterAll(async () => t?.cleanup());

const seedFile = (file: string, opts = {}) => seedCatalog(deps, async () => (await openCatalog(file)).rows, opts);

describe("seeding", () => {
  it("imports new products, creates sellers with claim codes, and indexes them", async () => {
    const file = writeFile(dir, "a.csv", [HEADER, row("Atlas Argan", "A-1", "Argan oil"), row("Atlas Argan", "A-2", "Olive oil"), row("Maple North", "M-1", "Maple syrup", { seller_country: "CA" })].join("\n"));
    embedded = 0;
    const r = await seedFile(file);
    expect(r).toMatchObject({ read: 3, created: 3, updated: 0, unchanged: 0, rejected: 0, embedded: 3 });
    expect(r.newSellers.map((s) => s.name).sort()).toEqual(["Atlas Argan", "Maple North"]);
    expect(embedded).toBe(3);
    const sellers = await deps.store.listSellers();
    expect(sellers.find((s) => s.seller === "Atlas Argan")).toMatchObject({ products: 2, country: "MA" });
    const seller = await t.db.prisma.seller.findFirstOrThrow({ where: { name: "Atlas Argan" } });
    expect(seller.certifications).toEqual(["organic"]);
    expect(seller.exportMarkets).toEqual(["FR", "NL"]);
    const q = await deps.index.query(await deps.embedder.embedQuery("maple syrup"), { topK: 1 });
    const top = await t.db.prisma.product.findUniqueOrThrow({ where: { id: q[0]!.id } });
    expect(top.sku).toBe("M-1");
  });

  it("changes nothing and embeds nothing when the same file is seeded again", async () => {
    const file = writeFile(dir, "b.csv", [HEADER, row("Repeat Co", "R-1", "Dates"), row("Repeat Co", "R-2", "Saffron")].join("\n"));
    await seedFile(file);
    const before = await t.db.prisma.product.findMany({ where: { seller: { name: "Repeat Co" } }, orderBy: { sku: "asc" } });
    embedded = 0;
    const r = await seedFile(file);
    expect(r).toMatchObject({ created: 0, updated: 0, unchanged: 2, embedded: 0 });
    expect(embedded).toBe(0);
    const after = await t.db.prisma.product.findMany({ where: { seller: { name: "Repeat Co" } }, orderBy: { sku: "asc" } });
    expect(after.map((p) => p.updatedAt.getTime())).toEqual(before.map((p) => p.updatedAt.getTime()));
  });

  it("updates and re-embeds only the changed rows", async () => {
    writeFile(dir, "c.csv", [HEADER, row("Change Co", "C-1", "Sardines"), row("Change Co", "C-2", "Anchovies")].join("\n"));
    await seedFile(`${dir}/c.csv`);
    const file = writeFile(dir, "c.csv", [HEADER, row("Change Co", "C-1", "Sardines in olive oil"), row("Change Co", "C-2", "Anchovies")].join("\n"));
    embedded = 0;
    const r = await seedFile(file);
    expect(r).toMatchObject({ created: 0, updated: 1, unchanged: 1, embedded: 1 });
    const p = await t.db.prisma.product.findFirstOrThrow({ where: { sku: "C-1", seller: { name: "Change Co" } } });
    expect(p.title).toBe("Sardines in olive oil");
    expect(p.embeddedHash).toBe(p.contentHash);
  });

  it("re-embeds after an interrupted run (product written, vector missing)", async () => {
    const file = writeFile(dir, "d.csv", [HEADER, row("Crash Co", "X-1", "Couscous")].join("\n"));
    await seedFile(file);
    await t.db.prisma.product.updateMany({ where: { seller: { name: "Crash Co" } }, data: { embeddedHash: null } });
    embedded = 0;
    const r = await seedFile(file);
    expect(r).toMatchObject({ unchanged: 1, embedded: 1 });
    expect(await deps.store.countStaleEmbeddings(deps.embedder.model)).toMatchObject({ stale: 0 });
  });

  it("--prune removes the seller's products absent from the file, from the database and the index", async () => {
    await seedFile(writeFile(dir, "e.csv", [HEADER, row("Prune Co", "P-1", "Ceramic tagine"), row("Prune Co", "P-2", "Zellige tiles")].join("\n")));
    const gone = await t.db.prisma.product.findFirstOrThrow({ where: { sku: "P-2", seller: { name: "Prune Co" } } });
    const r = await seedFile(writeFile(dir, "e2.csv", [HEADER, row("Prune Co", "P-1", "Ceramic tagine")].join("\n")), { prune: true });
    expect(r.pruned).toBe(1);
    expect(await t.db.prisma.product.findUnique({ where: { id: gone.id } })).toBeNull();
    const hits = await deps.index.query(await deps.embedder.embedQuery("Zellige tiles"), { topK: 50 });
    expect(hits.map((h) => h.id)).not.toContain(gone.id);
    // Other sellers are never pruned by a file that does not mention them.
    expect(await t.db.prisma.product.count({ where: { seller: { name: "Atlas Argan" } } })).toBe(2);
  });

  it("rejects a duplicate sku within a file, naming the first line", async () => {
    const r = await seedFile(writeFile(dir, "f.csv", [HEADER, row("Dup Co", "D-1", "Honey"), row("Dup Co", "D-1", "Honey again")].join("\n")));
    expect(r.created).toBe(1);
    expect(r.problems.map((p) => ({ line: p.line, reason: rowIssuesText(p.issues) }))).toEqual([{ line: 3, reason: 'duplicate sku "D-1" for seller "Dup Co" (first on line 2)' }]);
  });

  it("lands the good rows and lists the bad ones with their line", async () => {
    const r = await seedFile(
      writeFile(dir, "g.csv", [HEADER, row("Mixed Co", "G-1", "Good"), row("Mixed Co", "G-2", "Bad price", { price_min: -1 }), row("Mixed Co", "G-3", "Good too")].join("\n")),
    );
    expect(r).toMatchObject({ read: 3, created: 2, rejected: 1 });
    expect(r.problems[0]).toMatchObject({ line: 3 });
    expect(rowIssuesText(r.problems[0]!.issues)).toMatch(/price_min must not be negative/);
  });

  it("--strict writes nothing from a file with a bad row", async () => {
    const r = await seedFile(
      writeFile(dir, "h.csv", [HEADER, row("Strict Co", "S-1", "Good"), row("Strict Co", "S-2", "Bad", { currency: "EURO" })].join("\n")),
      { strict: true },
    );
    expect(r.aborted).toBe(true);
    expect(r.created).toBe(0);
    expect(await t.db.prisma.seller.count({ where: { name: "Strict Co" } })).toBe(0);
  });

  it("reads JSON arrays with line numbers, and keeps unknown keys in attributes", async () => {
    const json = `[\n  {"seller":"Json Co","sku":"J-1","title":"Ice wine","shelf_life":"10 years"},\n  {"seller":"Json Co","title":"no sku"}\n]`;
    const r = await seedFile(writeFile(dir, "i.json", json));
    expect(r).toMatchObject({ created: 1, rejected: 1 });
    expect(r.problems[0]).toMatchObject({ line: 3 });
    expect(rowIssuesText(r.problems[0]!.issues)).toBe("sku is empty (required)");
    const p = await t.db.prisma.product.findFirstOrThrow({ where: { sku: "J-1" } });
    expect(p.attributes).toEqual({ shelf_life: "10 years" });
  });

  it("reindexes everything into a cleared index", async () => {
    const total = await t.db.prisma.product.count();
    embedded = 0;
    const n = await reindexCatalog(deps);
    expect(n).toBe(total);
    expect(embedded).toBe(total);
    const q = await deps.index.query(await deps.embedder.embedQuery("ice wine"), { topK: 1 });
    expect((await t.db.prisma.product.findUniqueOrThrow({ where: { id: q[0]!.id } })).sku).toBe("J-1");
  });

  it("cleans a NUL and other control characters with a warning on their line, and keeps every row", async () => {
    const lines = [HEADER, row("Nul Co", "N-1", "Good"), row("Nul Co", "N-2", "Bad\u0000title\u0007"), row("Nul Co", "N-3", "Good too")];
    const r = await seedFile(writeFile(dir, "nul.csv", lines.join("\n")));
    expect(r).toMatchObject({ read: 3, created: 3, rejected: 0 });
    expect(r.warnings.map((w) => ({ line: w.line, message: rowIssueText(w.issue) }))).toContainEqual({ line: 3, message: "title: removed 2 control characters (NUL or similar, invisible)" });
    const p = await t.db.prisma.product.findFirstOrThrow({ where: { sku: "N-2", seller: { name: "Nul Co" } } });
    expect(p.title).toBe("Badtitle");
    const json = `[\n{"seller":"Nul Co","sku":"N-4","title":"T","attributes":{"no\\u0000te":"a\\u0000b"}}\n]`;
    const j = await seedFile(writeFile(dir, "nul.json", json));
    expect(j).toMatchObject({ created: 1, rejected: 0 });
    expect((await t.db.prisma.product.findFirstOrThrow({ where: { sku: "N-4" } })).attributes).toEqual({ note: "ab" });
  });

  it("bounds the attributes a row's extra columns make, keeping the product", async () => {
    const extra = Array.from({ length: 100 }, (_, i) => `extra_${i}`);
    const header = `${HEADER},${extra.join(",")}`;
    const line = `${row("Wide Co", "W-1", "Wide row")},${extra.map(() => "z".repeat(400)).join(",")}`;
    const r = await seedFile(writeFile(dir, "wide.csv", `${header}\n${line}`));
    expect(r).toMatchObject({ created: 1, rejected: 0 });
    expect(r.warnings.map((w) => rowIssueText(w.issue)).join()).toMatch(/\d+ extra columns not kept: attributes are limited to 20,000 characters/);
    const p = await t.db.prisma.product.findFirstOrThrow({ where: { sku: "W-1" } });
    expect(JSON.stringify(p.attributes).length).toBeLessThanOrEqual(20_000);
    expect(Object.keys(p.attributes as object).length).toBeGreaterThan(40);
  });
});
