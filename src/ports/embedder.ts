/** Turns texts into fixed-size vectors for semantic search. */
export interface Embedder {
  /**
   * Identity of the vector space, "<embedder>:<model>", e.g. "local:hash-v1" or
   * "openai:text-embedding-3-small". Stored with every vector: vectors from different
   * spaces must never be compared, so a change means `npm run reindex`.
   */
  readonly model: string;
  /** Length of every vector this embedder returns. */
  readonly dimensions: number;
  /**
   * Embeds catalog documents (product texts). Returns one L2-normalised vector per input, same
   * order. Batches and retries internally; throws an EmbedderError on a permanent failure.
   */
  embedDocuments(texts: string[]): Promise<Float32Array[]>;
  /** Embeds one search query (a buyer's product phrase). */
  embedQuery(text: string): Promise<Float32Array>;
}

export class EmbedderError extends Error {
  constructor(
    message: string,
    /** "auth" (bad key: fix config), "rate_limited", "unavailable", "bad_request". */
    readonly kind: "auth" | "rate_limited" | "unavailable" | "bad_request",
  ) {
    super(message);
    this.name = "EmbedderError";
  }
}
