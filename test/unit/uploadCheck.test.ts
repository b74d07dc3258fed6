// What a seller may upload: extension, announced and real size, and first bytes that agree with
// the extension; and the Discord report's clipping to one message.
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, checkUpload, checkUploadName, displayFileName } from "../../src/core/catalog/uploadCheck.js";
import { reportContent } from "../../src/channels/discord/catalogReply.js";
import type { CatalogImportReport } from "../../src/ports/sellerCatalog.js";

const text = (s: string) => new TextEncoder().encode(s);

describe("upload checks", () => {
  it("accepts the seed formats by extension, any case, and refuses the rest", () => {
    expect(checkUploadName("Prix.XLSX", 10)).toEqual({ ok: true, extension: "xlsx" });
    expect(checkUploadName("a.csv")).toEqual({ ok: true, extension: "csv" });
    for (const name of ["a.ods", "a.xls", "a.exe", "catalog", "a.csv.exe", "a.numbers"]) expect(checkUploadName(name, 10)).toMatchObject({ ok: false, reason: "type" });
  });

  it("takes exactly the limit and refuses one byte more", () => {
    expect(checkUploadName("a.csv", MAX_UPLOAD_BYTES)).toMatchObject({ ok: true });
    expect(checkUploadName("a.csv", MAX_UPLOAD_BYTES + 1)).toEqual({ ok: false, reason: "too_big", bytes: MAX_UPLOAD_BYTES + 1, limit: MAX_UPLOAD_BYTES });
    expect(checkUpload("a.csv", new Uint8Array(0))).toEqual({ ok: false, reason: "empty" });
  });

  it("checks the first bytes against the extension", () => {
    expect(checkUpload("a.xlsx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1]))).toMatchObject({ ok: true });
    expect(checkUpload("a.xlsx", text("sku,title\n"))).toEqual({ ok: false, reason: "content", extension: "xlsx" });
    expect(checkUpload("a.csv", text("\uFEFFsku,title\nA,Huile d'argan\n"))).toMatchObject({ ok: true });
    expect(checkUpload("a.csv", Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toMatchObject({ ok: false, reason: "content" });
    expect(checkUpload("a.csv", Uint8Array.from([0xff, 0xfe, 0x73, 0x00]))).toMatchObject({ ok: false, reason: "content" }); // UTF-16
    expect(checkUpload("a.json", text(' \n[{"sku":"A"}]'))).toMatchObject({ ok: true });
    expect(checkUpload("a.json", text('{"sku":"A"}'))).toMatchObject({ ok: false, reason: "content" });
  });

  it("keeps only a file's own name, without control characters", () => {
    expect(displayFileName("C:\\Users\\me\\prix.csv")).toBe("prix.csv");
    expect(displayFileName("../../etc/pass\u0000wd.csv")).toBe("passwd.csv");
    expect(displayFileName("/")).toBe("catalog");
  });
});

describe("Discord report clipping", () => {
  const report = (n: number, kept = n): CatalogImportReport => ({
    fileName: "f.csv", sheet: null, read: n, created: 0, updated: 0, unchanged: 0, rejected: n,
    problems: Array.from({ length: kept }, (_, i) => ({ line: i + 2, issues: [{ code: "text" as const, text: `bad value ${"x".repeat(40)}` }] })), problemsTotal: n,
    fileWarnings: [], warnings: [], warningsTotal: 0, error: null, errorIssue: null, partial: false, createdAt: new Date("2027-01-02T03:04:00Z"),
  });

  it("lists every row when they fit, and counts rows not kept with the report", () => {
    const all = reportContent("en", report(3), "S");
    expect(all.split("\n").filter((l) => l.startsWith("• "))).toHaveLength(3);
    expect(all).not.toContain("more");
    expect(reportContent("en", report(500, 3), "S")).toMatch(/\n… and 497 more\.$/);
  });

  it("says whether a file refused as a whole wrote nothing, or broke off after some rows", () => {
    const whole = reportContent("fr", { ...report(0), error: "the file is empty" }, "S");
    expect(whole).toContain("Rien n'a été importé : the file is empty");
    const midway = reportContent("en", { ...report(0), error: "cannot read the spreadsheet", partial: true }, "S");
    expect(midway).toContain("could not be read to the end: cannot read the spreadsheet. Rows before that point may have been imported");
  });

  it("fills the message up to the limit, and the shown plus the counted rows are all of them", () => {
    for (const max of [300, 1000, 2000]) {
      const out = reportContent("en", report(400), "S", max);
      expect(out.length).toBeLessThanOrEqual(max);
      const shown = out.split("\n").filter((l) => l.startsWith("• ")).length;
      const more = Number(/… and (\d+) more\.$/.exec(out)?.[1]);
      expect(shown + more).toBe(400);
      // One more line would not have fit beside its "and N more".
      expect(out.length + 60).toBeGreaterThan(max - 20);
    }
  });
  it("lists warnings after the rejected rows within the limit, counting the rest of each", () => {
    const warned = (n: number, kept = n): Partial<CatalogImportReport> => ({
      fileWarnings: [{ code: "unknown_columns", columns: ["color"] }],
      warnings: Array.from({ length: kept }, (_, i) => ({ line: i + 500, issues: [{ code: "moq_without_unit" as const }] })), warningsTotal: n,
    });
    for (const max of [400, 1000, 2000]) {
      const out = reportContent("en", { ...report(300), ...warned(250, 200) }, "S", max);
      expect(out.length).toBeLessThanOrEqual(max);
      const [rejected, warnings] = out.split("Imported, but worth checking");
      expect(warnings, `max ${max}`).toBeDefined();
      const count = (part: string) => part.split("\n").filter((l) => l.startsWith("• ")).length + Number(/… and (\d+) more\./.exec(part)?.[1] ?? 0);
      expect(count(rejected!)).toBe(300);
      expect(count(warnings!)).toBe(251); // the file's note and 250 rows
    }
    // Few enough to fit: every line, no "more".
    const small = reportContent("fr", { ...report(1), ...warned(2) }, "S");
    expect(small).toContain("Importées, mais à vérifier");
    expect(small).toContain("• f.csv — la colonne color n'est pas une colonne que Caravan connaît");
    expect(small).toContain("• f.csv:501 — moq n'a pas d'unité");
    expect(small).not.toContain("de plus");
  });
});
