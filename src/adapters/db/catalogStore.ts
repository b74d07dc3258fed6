// CatalogStore on Postgres/PGlite. Bulk paths use one SQL statement per batch with the batch
// passed as a single JSON parameter (jsonb_to_recordset): a 500-row batch is one round trip,
// which is what makes 100k-row catalogs seed at thousands of rows per second.
import { randomUUID } from "node:crypto";
import type { CatalogStore, SellerRef, SellerSummary, StoredProductState } from "../../ports/catalogStore.js";
import type { CatalogProduct } from "../../core/catalog/catalogRow.js";
import { newClaimCode } from "../../core/catalog/claimCode.js";
import type { Database } from "./database.js";

const PRODUCT_RECORD = `r(id text, "sellerId" text, sku text, title text, description text, category text, attributes jsonb,
  moq numeric, unit text, "priceMin" numeric, "priceMax" numeric, currency text, "leadTimeDays" int,
  certifications jsonb, "originCountry" text, "shipsTo" jsonb, "contentHash" text)`;

const UPSERT_SQL = `
INSERT INTO "Product" (id, "sellerId", sku, title, description, category, attributes, moq, unit, "priceMin", "priceMax",
  currency, "leadTimeDays", certifications, "originCountry", "shipsTo", "contentHash", "createdAt", "updatedAt")
SELECT r.id, r."sellerId", r.sku, r.title, r.description, r.category, r.attributes, r.moq, r.unit, r."priceMin", r."priceMax",
  r.currency, r."leadTimeDays", ARRAY(SELECT jsonb_array_elements_text(r.certifications)), r."originCountry",
  ARRAY(SELECT jsonb_array_elements_text(r."shipsTo")), r."contentHash", now(), now()
FROM jsonb_to_recordset($1::jsonb) AS ${PRODUCT_RECORD}
ON CONFLICT ("sellerId", sku) DO UPDATE SET
  title = EXCLUDED.title, description = EXCLUDED.description, category = EXCLUDED.category,
  attributes = EXCLUDED.attributes, moq = EXCLUDED.moq, unit = EXCLUDED.unit, "priceMin" = EXCLUDED."priceMin",
  "priceMax" = EXCLUDED."priceMax", currency = EXCLUDED.currency, "leadTimeDays" = EXCLUDED."leadTimeDays",
  certifications = EXCLUDED.certifications, "originCountry" = EXCLUDED."originCountry", "shipsTo" = EXCLUDED."shipsTo",
  "contentHash" = EXCLUDED."contentHash", "updatedAt" = now()
RETURNING id, "sellerId", sku`;

function toRecord(id: string, sellerId: string, p: CatalogProduct, contentHash: string) {
  return {
    id, sellerId, sku: p.sku, title: p.title, description: p.description, category: p.category, attributes: p.attributes,
    moq: p.moq, unit: p.unit, priceMin: p.priceMin, priceMax: p.priceMax, currency: p.currency, leadTimeDays: p.leadTimeDays,
    certifications: p.certifications, originCountry: p.originCountry, shipsTo: p.shipsTo, contentHash,
  };
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function createCatalogStore(db: Database): CatalogStore {
  return {
    async ensureSeller(name, country): Promise<SellerRef> {
      const find = () =>
        db.query<{ id: string; name: string; claimCode: string; country: string | null }>(
          `SELECT id, name, "claimCode", country FROM "Seller" WHERE lower(name) = lower($1) LIMIT 1`,
          [name],
        );
      const [found] = await find();
      if (found) {
        if (country && found.country?.trim() !== country) await db.query(`UPDATE "Seller" SET country = $2, "updatedAt" = now() WHERE id = $1`, [found.id, country]);
        return { id: found.id, name: found.name, claimCode: found.claimCode, created: false };
      }
      // Two seeders may race on a new seller: the unique name decides, the loser re-reads.
      const [created] = await db.query<{ id: string; name: string; claimCode: string }>(
        `INSERT INTO "Seller" (id, name, country, "claimCode", certifications, "exportMarkets", "createdAt", "updatedAt")
         VALUES ($1, $2, $3, $4, '{}', '{}', now(), now()) ON CONFLICT (name) DO NOTHING RETURNING id, name, "claimCode"`,
        [randomUUID(), name, country, newClaimCode()],
      );
      if (created) return { ...created, created: true };
      const [again] = await find();
      if (!again) throw new Error(`seller "${name}" could not be created`);
      return { id: again.id, name: again.name, claimCode: again.claimCode, created: false };
    },

    async findProducts(keys): Promise<StoredProductState[]> {
      if (!keys.length) return [];
      return db.query<StoredProductState>(
        `SELECT p.id, p."sellerId", p.sku, p."contentHash", p."embeddedHash", p."embeddingModel"
         FROM "Product" p JOIN jsonb_to_recordset($1::jsonb) AS k("sellerId" text, sku text)
           ON p."sellerId" = k."sellerId" AND p.sku = k.sku`,
        [JSON.stringify(keys)],
      );
    },

    async upsertProducts(items) {
      if (!items.length) return [];
      const records = items.map((it) => toRecord(randomUUID(), it.sellerId, it.product, it.contentHash));
      const rows = await db.query<{ id: string; sellerId: string; sku: string }>(UPSERT_SQL, [JSON.stringify(records)]);
      const ids = new Map(rows.map((r) => [`${r.sellerId}\u0000${r.sku}`, r.id]));
      return items.map((it) => ids.get(`${it.sellerId}\u0000${it.product.sku}`)!);
    },

    async markEmbedded(items, model, dimensions) {
      if (!items.length) return;
      await db.query(
        `UPDATE "Product" p SET "embeddedHash" = k.h, "embeddingModel" = $2, "embeddingDims" = $3
         FROM jsonb_to_recordset($1::jsonb) AS k(id text, h text) WHERE p.id = k.id`,
        [JSON.stringify(items.map((i) => ({ id: i.id, h: i.contentHash }))), model, dimensions],
      );
    },

    async pruneProducts(sellerId, keep) {
      const rows = await db.query<{ id: string }>(
        `DELETE FROM "Product" WHERE "sellerId" = $1 AND NOT (sku = ANY($2::text[])) RETURNING id`,
        [sellerId, [...keep]],
      );
      return rows.map((r) => r.id);
    },

    async refreshSellers(sellerIds) {
      if (!sellerIds.length) return;
      await db.query(
        `UPDATE "Seller" s SET
           certifications = COALESCE((SELECT array_agg(DISTINCT c ORDER BY c) FROM "Product" p, unnest(p.certifications) c WHERE p."sellerId" = s.id), '{}'),
           "exportMarkets" = COALESCE((SELECT array_agg(DISTINCT c ORDER BY c) FROM "Product" p, unnest(p."shipsTo") c WHERE p."sellerId" = s.id), '{}'),
           "updatedAt" = now()
         WHERE s.id = ANY($1::text[])`,
        [sellerIds],
      );
    },

    async listSellers(): Promise<SellerSummary[]> {
      const rows = await db.query<{ name: string; claimCode: string; country: string | null; products: string | number }>(
        `SELECT s.name, s."claimCode", s.country, count(p.id) AS products
         FROM "Seller" s LEFT JOIN "Product" p ON p."sellerId" = s.id GROUP BY s.id ORDER BY s.name`,
      );
      return rows.map((r) => ({ seller: r.name, claimCode: r.claimCode, country: r.country, products: Number(r.products) }));
    },

    async *allProducts(batch) {
      let after = "";
      for (;;) {
        const rows = await db.prisma.product.findMany({
          where: { id: { gt: after } },
          orderBy: { id: "asc" },
          take: batch,
          include: { seller: { select: { name: true, country: true } } },
        });
        if (!rows.length) return;
        after = rows[rows.length - 1]!.id;
        yield rows.map((r) => ({
          id: r.id, sellerId: r.sellerId, contentHash: r.contentHash, seller: r.seller.name, sellerCountry: r.seller.country,
          sku: r.sku, title: r.title, description: r.description, category: r.category,
          attributes: (r.attributes ?? {}) as Record<string, unknown>, moq: num(r.moq), unit: r.unit as CatalogProduct["unit"],
          priceMin: num(r.priceMin), priceMax: num(r.priceMax), currency: r.currency, leadTimeDays: r.leadTimeDays,
          certifications: r.certifications, originCountry: r.originCountry, shipsTo: r.shipsTo,
        }));
      }
    },

    async countStaleEmbeddings(model) {
      const [row] = await db.query<{ stale: string | number; total: string | number }>(
        `SELECT count(*) FILTER (WHERE "embeddingModel" IS DISTINCT FROM $1 OR "embeddedHash" IS DISTINCT FROM "contentHash") AS stale,
                count(*) AS total FROM "Product"`,
        [model],
      );
      return { stale: Number(row?.stale ?? 0), total: Number(row?.total ?? 0) };
    },
  };
}
