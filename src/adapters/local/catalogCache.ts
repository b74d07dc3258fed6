// The in-process catalog used by matching: product facts plus a BM25 keyword index over title,
// category, attributes and description, with the same folding and plural stemming as the
// offline embedder, so "Huiles d'argan" finds "argan oil … huile d'argan".
//
// Catalogs change in another process (`npm run seed`), so before serving a query the cache checks
// (at most every `checkEveryMs`) whether the Product table changed, and rebuilds if it did.
import type { CatalogSearch, LexicalHit, ProductFacts } from "../../ports/catalogSearch.js";
import type { Database } from "../db/database.js";
import { tokenize } from "./textFeatures.js";
import { Bm25Index } from "./bm25Index.js";

const FIELD_BOOST = { title: 3, category: 1.5, attributes: 1, description: 0.6 };
const analyze = (text: string) => tokenize(text).map((t) => t.stem);

const attributesText = (a: Record<string, unknown>) =>
  Object.entries(a)
    .map(([k, v]) => `${k.replace(/[_-]+/g, " ")} ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(" ");

function buildIndex(products: ProductFacts[]): Bm25Index {
  const index = new Bm25Index(analyze);
  for (const p of products)
    index.add([
      { text: p.title, boost: FIELD_BOOST.title },
      { text: (p.category ?? "").replace(/>/g, " "), boost: FIELD_BOOST.category },
      { text: attributesText(p.attributes), boost: FIELD_BOOST.attributes },
      { text: (p.description ?? "").slice(0, 1500), boost: FIELD_BOOST.description },
    ]);
  return index;
}

interface Snapshot {
  stamp: string;
  byId: Map<string, ProductFacts>;
  /** Document number in the keyword index → product. */
  byDoc: ProductFacts[];
  index: Bm25Index;
}

export interface CatalogCacheOptions {
  checkEveryMs?: number;
}

export function createCatalogCache(db: Database, opts: CatalogCacheOptions = {}): CatalogSearch & { refresh(): Promise<void> } {
  const checkEvery = opts.checkEveryMs ?? 2_000;
  let snapshot: Snapshot | null = null;
  let lastCheck = 0;
  let loading: Promise<void> | null = null;

  const stampOf = async () => {
    const [r] = await db.query<{ n: string | number; t: Date | null }>(`SELECT count(*) AS n, max("updatedAt") AS t FROM "Product"`);
    return `${r?.n}:${r?.t ? new Date(r.t).toISOString() : ""}`;
  };

  const load = async () => {
    const stamp = await stampOf();
    const rows = await db.query<Record<string, unknown>>(
      `SELECT p.id, p."sellerId", s.name AS seller, s.country AS "sellerCountry", p.sku, p.title, p.description, p.category, p.attributes,
              p.moq, p.unit, p."priceMin", p."priceMax", p.currency, p."leadTimeDays", p.certifications, p."originCountry", p."shipsTo"
       FROM "Product" p JOIN "Seller" s ON s.id = p."sellerId"`,
    );
    const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    const products: ProductFacts[] = rows.map((r) => ({
      id: r.id as string, sellerId: r.sellerId as string, seller: r.seller as string, sellerCountry: (r.sellerCountry as string | null)?.trim() ?? null,
      sku: r.sku as string, title: r.title as string, description: r.description as string | null, category: r.category as string | null,
      attributes: (r.attributes ?? {}) as Record<string, unknown>, moq: n(r.moq), unit: r.unit as string | null, priceMin: n(r.priceMin),
      priceMax: n(r.priceMax), currency: (r.currency as string | null)?.trim() ?? null, leadTimeDays: r.leadTimeDays as number | null,
      certifications: (r.certifications as string[]) ?? [], originCountry: (r.originCountry as string | null)?.trim() ?? null,
      shipsTo: (r.shipsTo as string[]) ?? [],
    }));
    snapshot = { stamp, byId: new Map(products.map((p) => [p.id, p])), byDoc: products, index: buildIndex(products) };
    lastCheck = Date.now();
  };

  const ensureFresh = async (): Promise<Snapshot> => {
    if (!snapshot) {
      loading ??= load().finally(() => (loading = null));
      await loading;
      return snapshot!;
    }
    if (Date.now() - lastCheck > checkEvery && !loading) {
      lastCheck = Date.now();
      // Rebuild in the background: queries keep using the previous snapshot until it is ready.
      const current = snapshot.stamp;
      loading = stampOf()
        .then((s) => (s !== current ? load() : undefined))
        .catch(() => undefined)
        .finally(() => (loading = null));
    }
    return snapshot;
  };

  return {
    async lexical(query, topK): Promise<LexicalHit[]> {
      const snap = await ensureFresh();
      return snap.index.search(query, topK).map((h) => ({ id: snap.byDoc[h.doc]!.id, score: h.score, terms: h.terms }));
    },
    async products(ids) {
      const snap = await ensureFresh();
      return ids.map((id) => snap.byId.get(id)).filter((p): p is ProductFacts => Boolean(p));
    },
    async size() {
      return (await ensureFresh()).byId.size;
    },
    async refresh() {
      await load();
    },
  };
}
