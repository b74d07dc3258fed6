/** What the matcher needs to know about a product to rank and explain it. */
export interface ProductFacts {
  id: string;
  sellerId: string;
  seller: string;
  sellerCountry: string | null;
  sku: string;
  title: string;
  description: string | null;
  category: string | null;
  attributes: Record<string, unknown>;
  moq: number | null;
  unit: string | null;
  priceMin: number | null;
  priceMax: number | null;
  currency: string | null;
  leadTimeDays: number | null;
  certifications: string[];
  originCountry: string | null;
  /** Alpha-2 codes, or ["*"]. */
  shipsTo: string[];
}

export interface LexicalHit {
  id: string;
  score: number;
  /** Query terms found in the product, for the "why it matched" explanation. */
  terms: string[];
}

/** Keyword retrieval and product facts over the current catalog. */
export interface CatalogSearch {
  /** BM25-style keyword search; best first. */
  lexical(query: string, topK: number): Promise<LexicalHit[]>;
  /** Facts of the given products, in the order given; unknown ids are skipped. */
  products(ids: string[]): Promise<ProductFacts[]>;
  /** Number of products currently searchable. */
  size(): Promise<number>;
  /**
   * Reloads now. A cache may otherwise serve its previous snapshot for a moment after another
   * process changed the catalog; a search that must see that change (a watched request) asks first.
   */
  refresh?(): Promise<void>;
}
