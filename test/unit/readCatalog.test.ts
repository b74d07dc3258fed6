import { describe, expect, it } from "vitest";
import { fileWarningText, rowIssueText } from "../../src/adapters/catalog/issueText.js";
import { CatalogFileError, openCatalog, type CatalogRowEvent } from "../../src/adapters/catalog/readCatalog.js";
import { HEADER, row, tempDir, writeFile } from "../helpers/catalogFiles.js";
import { chooseEncoding, countUtf8 } from "../../src/adapters/catalog/decodeStream.js";

const dir = tempDir();

async function readAll(file: string) {
  const reader = await openCatalog(file);
  // A bad row's issue is checked as the CLI words it.
  const rows: (CatalogRowEvent & { reason?: string })[] = [];
  for await (const r of reader.rows) rows.push(r.kind === "bad" ? { ...r, reason: rowIssueText(r.issue) } : r);
  return { rows, warnings: reader.warnings.map(fileWarningText) };
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
    expect(msg).toBe("missing required column sku (the header row has: seller, name, price)");
    expect(await fileError(writeFile(dir, "nohead.csv", "seller,colour\nA,B"))).toMatch(/^no header row found in the first 30 rows/);
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

  it("keeps a UTF-8 file UTF-8 when one row holds stray Latin-1 bytes, and reports only that row", async () => {
    const seller = "Crème Brûlée Co";
    const good = (sku: string) => Buffer.from(`${row(seller, sku, "Crème brûlée kit")}\n`, "utf8");
    const bad = Buffer.from(`${row(seller, "B-3", "Pâte à tartiner")}\n`, "latin1");
    const file = writeFile(dir, "mixed.csv", Buffer.concat([Buffer.from(`${HEADER}\n`), good("B-1"), good("B-2"), bad, good("B-4")]));
    const { rows, warnings } = await readAll(file);
    expect(warnings.join()).toMatch(/some rows hold bytes that are not/);
    expect(warnings.join()).not.toMatch(/Latin-1/);
    expect(rows.map((r) => [r.kind, r.line])).toEqual([["row", 2], ["row", 3], ["bad", 4], ["row", 5]]);
    expect(rows[2]).toMatchObject({ reason: expect.stringMatching(/^seller holds bytes that are not valid UTF-8/) });
    for (const r of rows.filter((x) => x.kind === "row")) expect(r).toMatchObject({ raw: { seller } });
  });

  it("decides the encoding from the whole file, sequences cut across chunks included", () => {
    const counts = { valid: 0, invalid: 0 };
    const bytes = Buffer.from("é", "utf8");
    const carry = countUtf8(bytes.subarray(0, 1), counts);
    expect(countUtf8(bytes.subarray(1), counts, carry)).toEqual([]);
    expect(counts).toEqual({ valid: 1, invalid: 0 });
    countUtf8(Buffer.from("é ü", "latin1"), counts);
    expect(counts).toEqual({ valid: 1, invalid: 2 });
    expect(chooseEncoding(counts)).toBe("windows-1252");
    expect(chooseEncoding({ valid: 3, invalid: 2 })).toBe("utf-8");
    expect(chooseEncoding({ valid: 0, invalid: 0 })).toBe("utf-8");
    countUtf8(Buffer.from([0xed, 0xa0, 0x80]), counts); // an encoded surrogate is not UTF-8
    expect(counts.valid).toBe(1);
  });

  it("refuses a header wider than the format allows, before reading rows", async () => {
    const wide = Array.from({ length: 200_000 }, () => "c").join(",");
    const file = writeFile(dir, "wide.csv", `seller,sku,title,${wide}\nA,1,T,${"x,".repeat(200_000)}`);
    expect(await fileError(file)).toMatch(/^the header row has 200,003 columns; at most 500 are supported/);
  });

  it("reports JSON items too wide or too long by line and reads the next ones", async () => {
    const wide = JSON.stringify(Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`k${i}`, "v"])));
    const long = JSON.stringify({ seller: "A", sku: "L", title: "x", description: "y".repeat(1_100_000) });
    const { rows } = await readAll(writeFile(dir, "widejson.json", `[\n${wide},\n${long},\n{"seller":"A","sku":"2","title":"ok"}\n]`));
    expect(rows.map((r) => [r.kind, r.line])).toEqual([["bad", 2], ["bad", 3], ["row", 4]]);
    expect(rows[0]).toMatchObject({ reason: expect.stringMatching(/600 keys; at most 500/) });
    expect(rows[1]).toMatchObject({ reason: expect.stringMatching(/characters long; at most 1,000,000/) });
  });
});
