// The desk's catalog upload over HTTP on a real database: the played seller's file lands in that
// seller's catalog (through the same import as `npm run seed`), the report comes back in the page's
// language as plain text, another seller named in the file is refused, re-uploading changes nothing,
// and oversize, wrong-type and cross-site (non-octet-stream) posts are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "../../../src/core/catalog/uploadCheck.js";
import { call, startPlayground, type Playground } from "./harness.js";

let pg: Playground;
let sellerId = "";
let sellerName = "";
let otherName = "";
const session = "session-catalog-0001";

beforeAll(async () => {
  pg = await startPlayground();
  const sellers = await pg.t.db.prisma.seller.findMany({ orderBy: { name: "asc" }, take: 2 });
  sellerId = sellers[0]!.id;
  sellerName = sellers[0]!.name;
  otherName = sellers[1]!.name;
}, 120_000);
afterAll(async () => pg?.stop());

async function post(name: string, body: string | Buffer, { lang = "en", type = "application/octet-stream", s = session } = {}) {
  const params = new URLSearchParams({ session: s, lang, name });
  const res = await fetch(`${pg.url}/api/seller/catalog?${params}`, { method: "POST", headers: { "content-type": type }, body: typeof body === "string" ? body : new Uint8Array(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}
type Report = { head: string[]; rejectedTitle: string | null; problems: string[]; more: string | null; warningsTitle: string | null; warnings: string[]; warningsMore: string | null };
type View = { seller: string; summary: string; products: number; report: Report | null };
const view = (json: Record<string, unknown>) => json.catalog as View;

const HEADER = "sku,title,description,moq,unit,price_min,price_max,currency";

describe("playground catalog upload", () => {
  it("needs a played seller", async () => {
    const r = await post("a.csv", `${HEADER}\nP-1,Thing,,1,kg,1,2,EUR\n`, { s: "session-catalog-nobody" });
    expect(r.status).toBe(409);
    expect(r.json.error).toContain("Pick the seller you play first");
  });

  it("imports into the played seller's catalog and reports in the page's language, as text", async () => {
    expect((await call(pg.url, "POST", "/api/seller/select", { session, sellerId })).status).toBe(200);
    const before = await pg.t.db.prisma.product.count({ where: { sellerId } });
    const csv = [
      HEADER,
      "PG-1,Prickly pear seed oil,<b>cold pressed</b>,10,l,80,95,EUR",
      "PG-2,Rhassoul clay,,100,kg,abc,5,EUR",
    ].join("\n");
    const r = await post("<img src=x onerror=alert(1)>.csv", csv, { lang: "fr" });
    expect(r.status).toBe(200);
    const c = view(r.json);
    expect(c.products).toBe(before + 1);
    expect(c.summary).toBe(`${sellerName} a ${before + 1} produits sur Caravan.`);
    expect(c.report!.head[0]).toMatch(/^Import du catalogue <img src=x onerror=alert\(1\)>\.csv \(/); // data: the page inserts it as text
    expect(c.report!.head[1]).toBe("2 lignes lues : 1 nouvelles, 0 mises à jour, 0 inchangées, 1 refusées.");
    expect(c.report!.problems).toEqual(["<img src=x onerror=alert(1)>.csv:3 — price_min doit être un nombre (utilisez le point . pour les décimales, sans symbole monétaire)"]);
    const p = await pg.t.db.prisma.product.findFirstOrThrow({ where: { sku: "PG-1" } });
    expect(p.sellerId).toBe(sellerId);
    // The page's status view shows the same last report, in English when asked.
    const status = await call(pg.url, "GET", `/api/seller/catalog?session=${session}&lang=en`);
    expect(view(status.json).report!.head[1]).toBe("2 rows read: 1 new, 0 updated, 0 unchanged, 1 rejected.");
  });

  it("refuses rows naming another seller, and changes nothing on a second upload", async () => {
    const csv = ["seller,sku,title", `${otherName},X-1,Not mine`, `${sellerName},PG-3,Argan hair mask`].join("\n");
    const first = view((await post("mixed.csv", csv)).json);
    expect(first.report!.head[1]).toBe("2 rows read: 1 new, 0 updated, 0 unchanged, 1 rejected.");
    expect(first.report!.problems[0]).toContain(`mixed.csv:2 — the seller column says “${otherName}”, but you upload for ${sellerName}`);
    expect(await pg.t.db.prisma.product.count({ where: { sku: "X-1" } })).toBe(0);
    const again = view((await post("mixed.csv", csv)).json);
    expect(again.report!.head[1]).toBe("2 rows read: 0 new, 0 updated, 1 unchanged, 1 rejected.");
  });

  it("shows rows that landed with something to fix, in the page's language, after the upload and on reload", async () => {
    const csv = [
      "Notes internes",
      `${HEADER},Conditionnement`,
      "PW-1,Argan oil 1 l bottles,,100,,18,22,EUR,carton de 12",
      "PW-2,Argan oil 5 l cans,,20,l,16,19,EUR,bidon",
    ].join("\n");
    const r = await post("remarques.csv", csv, { lang: "fr" });
    expect(r.status).toBe(200);
    const fr = view(r.json).report!;
    expect(fr.head[1]).toBe("2 lignes lues : 2 nouvelles, 0 mises à jour, 0 inchangées, 0 refusées.");
    expect(fr.rejectedTitle).toBeNull();
    expect(fr.warningsTitle).toBe("Importées, mais à vérifier (où — quoi) ; corrigez-les dans votre fichier quand vous pourrez :");
    expect(fr.warnings).toEqual([
      "remarques.csv — 1 ligne ignorée au-dessus de l'en-tête (ligne 1) : un titre ou des notes",
      "remarques.csv — la colonne conditionnement n'est pas une colonne que Caravan connaît : conservée comme détail supplémentaire de chaque produit (si c'est un prix, une quantité ou autre, renommez son en-tête)",
      "remarques.csv:3 — moq n'a pas d'unité",
    ]);
    expect(fr.warningsMore).toBeNull();
    // The desk's status view (a reload, or the language switch) words the stored codes in English.
    const en = view((await call(pg.url, "GET", `/api/seller/catalog?session=${session}&lang=en`)).json).report!;
    expect(en.warningsTitle).toBe("Imported, but worth checking (where — what); fix them in your file when you can:");
    expect(en.warnings).toContain("remarques.csv:3 — moq has no unit");
    expect(en.warnings[0]).toBe("remarques.csv — skipped 1 row above the header (line 1): a title or notes");
  });

  it("refuses a wrong type, a lying file, a body over the limit and a non-octet-stream post", async () => {
    const ods = await post("prices.ods", "PK\u0003\u0004");
    expect(ods.status).toBe(415);
    expect(ods.json.error).toContain("save it as .xlsx first");
    const fake = await post("prices.xlsx", "sku,title\nA,B\n", { lang: "es" });
    expect(fake.status).toBe(415);
    expect(fake.json.error).toContain("«prices.xlsx» no contiene lo que indica su nombre (.xlsx)");
    // Zip magic but no workbook: read, refused as a whole file, and said (stored as the last report).
    const broken = await post("broken.xlsx", "PK\u0003\u0004 not really a workbook");
    expect(broken.status).toBe(200);
    expect(view(broken.json).report!.head[1]).toMatch(/^Nothing was imported: the spreadsheet cannot be read: open it and save it again as \.xlsx/);
    const big = await post("big.csv", Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x41));
    expect(big.status).toBe(413);
    expect(big.json.error).toContain("the limit is 5 MB");
    const form = await post("form.csv", `${HEADER}\nF-1,Thing,,1,kg,1,2,EUR\n`, { type: "multipart/form-data; boundary=x" });
    expect(form.status).toBe(415);
    expect(await pg.t.db.prisma.product.count({ where: { sku: "F-1" } })).toBe(0);
  });
});
