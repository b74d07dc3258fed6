import { describe, expect, it } from "vitest";
import { CatalogFileError, openCatalog, type CatalogRowEvent } from "../../src/adapters/catalog/readCatalog.js";
import { HEADER, row, tempDir, writeFile } from "../helpers/catalogFiles.js";

const dir = tempDir();

async function readAll(file: string) {
  const reader = await openCatalog(file);
  const rows: CatalogRowEvent[] = [];
  for await (const r of reader.rows) rows.push(r);
  return { rows, warnings: reader.warnings };
}

const fileError = async (file: string) => {
  try {
    await readAll(file);
  } catch (e) {
    if (e instanceof CatalogFileError) return e.message;
    throw e;
  }
  return "no error";
};

describe("reading catalog files", () => {
  it("says so when the file does not exist", async () => {
    expect(await fileError(`${dir}/nope.csv`)).toBe("file not found");
  });

  it("rejects an empty file", async () => {
    expect(await fileError(writeFile(dir, "empty.csv", ""))).toBe("the file is empty");
    expect(await fileError(writeFile(dir, "blank.csv", "\n\n"))).toBe("the file is empty");
  });

  it("names the missing required columns and what the header has", async () => {
    const msg = await fileError(writeFile(dir, "cols.csv", "seller,name,price\nA,B,3"));
    expect(msg).toBe("missing required columns sku, title (the header row has: seller, name, price)");
  });

  it("reads UTF-8 with a BOM", async () => {
    const { rows, warnings } = await readAll(writeFile(dir, "bom.csv", `\uFEFF${HEADER}\n${row("Érablière du Nord", "E-1", "Sirop d'érable")}`));
    expect(warnings).toEqual([]);
    expect(rows[0]).toMatchObject({ kind: "row", line: 2, raw: { seller: "Érablière du Nord", title: "Sirop d'érable" } });
  });

  it("reads Latin-1 files, keeping accents, and warns", async () => {
    const latin1 = Buffer.from(`${HEADER}\n${row("Érablière du Nord", "E-1", "Sirop d'érable")}`, "latin1");
    const { rows, warnings } = await readAll(writeFile(dir, "latin1.csv", latin1));
    expect(warnings.join()).toMatch(/not UTF-8: read as Latin-1/);
    expect(rows[0]).toMatchObject({ raw: { seller: "Érablière du Nord", title: "Sirop d'érable" } });
  });

  it("reports rows with the wrong number of fields, and warns once about unknown columns", async () => {
    const { rows, warnings } = await readAll(writeFile(dir, "fields.csv", `seller,sku,title,color\nA,1,Tiles,blue\nA,2\nA,3,Bowls,red`));
    expect(warnings).toEqual(["unknown column color: kept in attributes"]);
    expect(rows.map((r) => r.kind)).toEqual(["row", "bad", "row"]);
    expect(rows[1]).toMatchObject({ line: 3, reason: expect.stringMatching(/has 2 fields but the header has 4/) });
    expect(rows[2]).toMatchObject({ extras: { color: "red" } });
  });

  it("handles quoted multi-line cells", async () => {
    const { rows } = await readAll(writeFile(dir, "multi.csv", `seller,sku,title,description\nA,1,Tiles,"line one\nline two"\nA,2,Bowls,x`));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ raw: { description: "line one\nline two" } });
  });

  it("rejects JSON that is not an array", async () => {
    expect(await fileError(writeFile(dir, "obj.json", `{"seller":"A","sku":"1","title":"x"}`))).toMatch(/not an array/);
    expect(await fileError(writeFile(dir, "trunc.json", `[{"seller":"A","sku":"1","title":"x"},`))).toMatch(/not closed/);
  });

  it("reports non-object JSON items by line", async () => {
    const { rows } = await readAll(writeFile(dir, "items.json", `[\n{"seller":"A","sku":"1","title":"x"},\n42,\n"text",\n{"seller":"A","sku":"2","title":"y, with ] and { inside"}\n]`));
    expect(rows.map((r) => [r.kind, r.line])).toEqual([["row", 2], ["bad", 3], ["bad", 4], ["row", 5]]);
  });
});
