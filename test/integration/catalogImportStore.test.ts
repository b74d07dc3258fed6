// The stored import report keeps issues as data, so /catalog status words them in the reader's
// language; a report stored by an older version (English sentences) still reads back and shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogImportStore } from "../../src/adapters/db/catalogImportStore.js";
import { catalogReportText } from "../../src/locales/catalogReport.js";
import type { CatalogImportReport } from "../../src/ports/sellerCatalog.js";
import { createTestDb, type TestDb } from "../helpers/testDb.js";

let t: TestDb;
let sellerId = "";
beforeAll(async () => {
  t = await createTestDb();
  sellerId = (await t.db.prisma.seller.create({ data: { name: "Atlas Argan", claimCode: "CRV-STOR-0001" } })).id;
});
afterAll(async () => t?.cleanup());

const base: CatalogImportReport = {
  fileName: "f.csv", sheet: null, read: 2, created: 1, updated: 0, unchanged: 0, rejected: 1, problems: [], problemsTotal: 0,
  fileWarnings: [], warnings: [], warningsTotal: 0, error: null, errorIssue: null, partial: false, createdAt: new Date("2027-01-02T03:04:00Z"),
};

describe("CatalogImportStore", () => {
  it("keeps row issues and the file problem as codes, worded when read", async () => {
    const store = createCatalogImportStore(t.db);
    const by = { platform: "discord" as const, userId: "u1" };
    await store.save(sellerId, by, { ...base, problems: [{ line: 3, issues: [{ code: "not_a_number", column: "price_min" }, { code: "moq_zero" }] }], problemsTotal: 1 });
    const last = await store.last(sellerId);
    expect(last!.problems).toEqual([{ line: 3, issues: [{ code: "not_a_number", column: "price_min" }, { code: "moq_zero" }] }]);
    expect(last!.errorIssue).toBeNull();
    expect(catalogReportText("fr", last!, "Atlas Argan").problems).toEqual([
      "f.csv:3 — price_min doit être un nombre (utilisez le point . pour les décimales, sans symbole monétaire); moq doit être supérieur à 0 (laissez la case vide s'il n'y a pas de minimum)",
    ]);

    await store.save(sellerId, by, { ...base, createdAt: new Date("2027-01-02T03:05:00Z"), error: "the file is empty", errorIssue: { code: "empty_file" } });
    const failed = await store.last(sellerId);
    expect(failed!.errorIssue).toEqual({ code: "empty_file" });
    expect(catalogReportText("es", failed!, "Atlas Argan").head[1]).toBe("No se importó nada: el archivo está vacío");
  });

  it("keeps warnings (the file's and the rows') as codes with their total, worded when read", async () => {
    const store = createCatalogImportStore(t.db);
    await store.save(sellerId, { platform: "playground", userId: "s1" }, {
      ...base, createdAt: new Date("2027-01-02T03:06:00Z"), fileWarnings: [{ code: "columns_renamed", columns: [{ from: "Prix", to: "price" }] }],
      warnings: [{ line: 4, issues: [{ code: "moq_without_unit" }, { code: "formula_text", column: "title" }] }], warningsTotal: 7,
    });
    const last = (await store.last(sellerId))!;
    expect(last.fileWarnings).toEqual([{ code: "columns_renamed", columns: [{ from: "Prix", to: "price" }] }]);
    expect(last.warningsTotal).toBe(7);
    const text = catalogReportText("es", last, "Atlas Argan");
    expect(text.warnings).toEqual([
      "f.csv — columnas leídas como: Prix → price (compruebe que cada una es correcta)",
      "f.csv:4 — moq no tiene unidad; title parece una fórmula de hoja de cálculo; se guardó como texto sin formato",
    ]);
    expect(text.warningsNotKept).toBe(6);
  });

  it("reads a report stored before issues were kept as data", async () => {
    await t.db.prisma.catalogImport.create({
      data: {
        sellerId, platform: "discord", userId: "u1", fileName: "old.csv", createdAt: new Date("2027-01-03T00:00:00Z"), error: null,
        problems: [{ line: 2, reason: "price_min must not be negative" }, { line: 3, reason: "the seller column says …", otherSeller: "Maple North" }],
      },
    });
    const old = (await createCatalogImportStore(t.db).last(sellerId))!;
    // Stored before warnings were kept: the columns' defaults, no warnings.
    expect(catalogReportText("fr", old, "Atlas Argan")).toMatchObject({ warningsTitle: null, warnings: [], warningsNotKept: 0 });
    expect(catalogReportText("fr", old, "Atlas Argan").problems).toEqual([
      "old.csv:2 — price_min must not be negative",
      "old.csv:3 — la colonne vendeur indique « Maple North », mais vous importez pour Atlas Argan : vous ne pouvez modifier que vos propres produits (supprimez cette colonne ou écrivez-y Atlas Argan)",
    ]);
  });
});
