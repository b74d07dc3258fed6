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
import { LazyEmbedder, LazyVectorIndex } from "./lazyAdapters.js";

/** Native sizes of OpenAI's embedding models (text-embedding-3-* can be shortened). */
const OPENAI_NATIVE_DIMENSIONS: Record<string, number> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536,
};

/**
 * The vector space an OpenAI embedder will report, known before its SDK is loaded (the lazy
 * embedder checks the loaded one agrees). Throws at start-up on a model of unknown size.
 */
export function openAIEmbeddingSpace(config: Pick<Config, "EMBEDDING_MODEL" | "EMBEDDING_DIMENSIONS">): { model: string; dimensions: number } {
  const native = OPENAI_NATIVE_DIMENSIONS[config.EMBEDDING_MODEL];
  const dimensions = config.EMBEDDING_DIMENSIONS ?? native;
  if (dimensions === undefined)
    throw new Error(`EMBEDDING_DIMENSIONS: required for model "${config.EMBEDDING_MODEL}" (its vector size is not known to Caravan)`);
  return { model: `openai:${config.EMBEDDING_MODEL}${native !== undefined && dimensions === native ? "" : `@${dimensions}`}`, dimensions };
}

export function createEmbedder(config: Config, logger: Logger): Embedder {
  if (config.embeddings === "openai") {
    const space = openAIEmbeddingSpace(config);
    const embedder = new LazyEmbedder(space.model, space.dimensions, async () => {
      const { OpenAIEmbedder } = await import("./openai/embedder.js");
      return new OpenAIEmbedder(config, logger);
    });
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
    const options = { apiKey: config.PINECONE_API_KEY!, host: config.PINECONE_HOST, indexName: config.PINECONE_INDEX, namespace: config.PINECONE_NAMESPACE, dimensions: embedder.dimensions, logger };
    if (!options.host && !options.indexName) throw new Error("PINECONE_INDEX: set PINECONE_INDEX or PINECONE_HOST to use Pinecone");
    const index = new LazyVectorIndex(`pinecone:${options.indexName ?? options.host}/${options.namespace}`, async () => {
      const { PineconeVectorIndex } = await import("./pinecone/vectorIndex.js");
      return new PineconeVectorIndex(options);
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
