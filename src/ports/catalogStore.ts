import type { CatalogProduct } from "../core/catalog/catalogRow.js";

export interface StoredProductState {
  id: string;
  sellerId: string;
  sku: string;
  contentHash: string;
  embeddedHash: string | null;
  embeddingModel: string | null;
}

export interface SellerRef {
  id: string;
  name: string;
  claimCode: string;
  created: boolean;
}

export interface SellerSummary {
  seller: string;
  claimCode: string;
  products: number;
  country: string | null;
}

/** Catalog persistence used by seeding and reindexing. All batch methods take ≤ ~1,000 items. */
export interface CatalogStore {
  /** Finds a seller by display name or creates it (with a fresh claim code). */
  ensureSeller(name: string, country: string | null): Promise<SellerRef>;
  /** Current state of the given (seller, sku) products; absent ones are simply not returned. */
  findProducts(keys: { sellerId: string; sku: string }[]): Promise<StoredProductState[]>;
  /** Inserts or updates products by (seller, sku) and returns their ids in input order. */
  upsertProducts(items: { sellerId: string; product: CatalogProduct; contentHash: string }[]): Promise<string[]>;
  /** Records that these products' vectors (made from `hash`) are in the index. */
  markEmbedded(items: { id: string; contentHash: string }[], model: string, dimensions: number): Promise<void>;
  /** Deletes a seller's products whose sku is not in `keep`; returns the deleted product ids. */
  pruneProducts(sellerId: string, keep: Set<string>): Promise<string[]>;
  /** Recomputes a seller's certifications and export markets from its products. */
  refreshSellers(sellerIds: string[]): Promise<void>;
  listSellers(): Promise<SellerSummary[]>;
  /** Pages through every product (for reindexing), `batch` at a time. */
  allProducts(batch: number): AsyncGenerator<(CatalogProduct & { id: string; sellerId: string; contentHash: string })[]>;
  /** How many products carry vectors from a model other than `model` (or none at all). */
  countStaleEmbeddings(model: string): Promise<{ stale: number; total: number }>;
}
