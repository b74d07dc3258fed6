/** Facts stored beside each vector so the index can pre-filter before ranking. */
export interface VectorMetadata {
  sellerId: string;
  sellerCountry?: string | null;
  originCountry?: string | null;
  /** Canonical certification codes (lowercase kebab-case). */
  certifications?: string[];
  /** Alpha-2 destination codes, or ["*"] for anywhere. */
  shipsTo?: string[];
}

export interface VectorRecord {
  /** Product id. */
  id: string;
  values: Float32Array;
  metadata: VectorMetadata;
}

export interface VectorFilter {
  /** Only products whose certifications include every code listed. */
  certificationsAll?: string[];
  /** Only products that ship to this alpha-2 country (or ship anywhere). */
  shipsTo?: string;
  /** Only products of sellers in these countries. */
  sellerCountryIn?: string[];
  /** Only these product ids (used to rescore a known candidate set). */
  idIn?: string[];
}

export interface VectorMatch {
  id: string;
  /** Cosine similarity in [-1, 1], higher is closer. */
  score: number;
  metadata: VectorMetadata;
}

/** Nearest-neighbour search over product vectors. */
export interface VectorIndex {
  /** "local" or "pinecone:<index>/<namespace>", for logs. */
  readonly name: string;
  /** Inserts or replaces records by id. Batches internally within the backend's limits. */
  upsert(records: VectorRecord[]): Promise<void>;
  /** Removes records by id; unknown ids are ignored. */
  delete(ids: string[]): Promise<void>;
  /** The `topK` records closest to `vector` that pass `filter`, best first. */
  query(vector: Float32Array, options: { topK: number; filter?: VectorFilter }): Promise<VectorMatch[]>;
  /** Removes every record (used by reindex). */
  clear(): Promise<void>;
  /** Checks that the backend fits the embedder (dimension, metric); throws one sentence naming the fix. */
  verify?(): Promise<void>;
}
