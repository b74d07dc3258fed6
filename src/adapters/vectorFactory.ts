// Chooses the Embedder and VectorIndex adapters from configuration. The offline defaults are
// announced loudly: a deployment that meant to use OpenAI or Pinecone and silently did not
// would match worse without anyone noticing.
import type { Config } from "../config.js";
import type { Database } from "./db/database.js";
import type { Logger } from "../logger.js";
import type { Embedder } from "../ports/embedder.js";
import type { VectorIndex } from "../ports/vectorIndex.js";
import { HashEmbedder } from "./local/hashEmbedder.js";
import { LocalVectorIndex } from "./local/vectorIndex.js";
import { OpenAIEmbedder } from "./openai/embedder.js";
import { PineconeVectorIndex } from "./pinecone/vectorIndex.js";

export function createEmbedder(config: Config, logger: Logger): Embedder {
  if (config.embeddings === "openai") {
    const embedder = new OpenAIEmbedder(config, logger);
    logger.info({ model: embedder.model, dimensions: embedder.dimensions, baseUrl: config.OPENAI_BASE_URL ?? "default" }, "embedder: OpenAI");
    return embedder;
  }
  const embedder = new HashEmbedder();
  logger.warn(
    { model: embedder.model, dimensions: embedder.dimensions, reason: config.EMBEDDINGS === "local" ? "EMBEDDINGS=local" : "OPENAI_API_KEY is not set" },
    "embedder: OFFLINE hashed n-gram embedder (lexical, no synonyms or translation); set OPENAI_API_KEY for semantic embeddings",
  );
  return embedder;
}

/**
 * The namespace of the local index for an embedder: vectors of different models (or sizes) live
 * apart and can never be compared, so switching embedders means `npm run reindex`, not garbage.
 */
export function localNamespace(base: string, embedder: Pick<Embedder, "model" | "dimensions">): string {
  return `${base}:${embedder.model}:${embedder.dimensions}`;
}

export function createVectorIndex(config: Config, db: Database, embedder: Embedder, logger: Logger): VectorIndex {
  if (config.vectorIndex === "pinecone") {
    const index = new PineconeVectorIndex({
      apiKey: config.PINECONE_API_KEY!,
      host: config.PINECONE_HOST,
      indexName: config.PINECONE_INDEX,
      namespace: config.PINECONE_NAMESPACE,
      dimensions: embedder.dimensions,
      logger,
    });
    logger.info({ index: index.name, embedder: embedder.model, dimensions: embedder.dimensions }, "vector index: Pinecone (dimension and metric checked before the first call)");
    return index;
  }
  const namespace = localNamespace(config.PINECONE_NAMESPACE, embedder);
  const index = new LocalVectorIndex(db, { namespace, dimensions: embedder.dimensions, logger });
  logger.warn(
    { namespace, database: db.kind, reason: config.VECTOR_INDEX === "local" ? "VECTOR_INDEX=local" : "PINECONE_API_KEY is not set" },
    "vector index: OFFLINE local index (vectors in the database, searched in process: exact, then HNSW above 20,000 vectors)",
  );
  return index;
}
