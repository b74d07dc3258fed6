// Port implementations whose vendor SDK is imported on first use rather than at start-up: the
// factories stay synchronous (every caller keeps its shape) while `npm start` and the admin
// scripts load openai or @pinecone-database/pinecone only when that adapter is configured.
// Loading starts at once in the background, so the first call rarely waits for it.
import type { Embedder } from "../ports/embedder.js";
import type { RequestParser, ParseOptions } from "../ports/requestParser.js";
import type { VectorFilter, VectorIndex, VectorMatch, VectorRecord } from "../ports/vectorIndex.js";
import type { StructuredRequest } from "../core/model.js";

/** One load shared by every caller; a failed load is retried by the next call instead of sticking. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
    return pending;
  };
}

/** Starts `load` now (its failure is reported by the first call, not as an unhandled rejection). */
function eager<T>(load: () => Promise<T>): () => Promise<T> {
  const get = loadOnce(load);
  get().catch(() => {});
  return get;
}

export class LazyEmbedder implements Embedder {
  private readonly get: () => Promise<Embedder>;

  /** `model` and `dimensions` are what the loaded embedder must report; a mismatch is refused. */
  constructor(
    readonly model: string,
    readonly dimensions: number,
    load: () => Promise<Embedder>,
  ) {
    this.get = eager(async () => {
      const e = await load();
      if (e.model !== model || e.dimensions !== dimensions)
        throw new Error(`embedder announced as ${model} (${dimensions}) loaded as ${e.model} (${e.dimensions})`);
      return e;
    });
  }

  async embedDocuments(texts: string[]): Promise<Float32Array[]> {
    return (await this.get()).embedDocuments(texts);
  }

  async embedQuery(text: string): Promise<Float32Array> {
    return (await this.get()).embedQuery(text);
  }
}

export class LazyVectorIndex implements VectorIndex {
  private readonly get: () => Promise<VectorIndex>;

  constructor(
    readonly name: string,
    load: () => Promise<VectorIndex>,
  ) {
    this.get = eager(load);
  }

  async upsert(records: VectorRecord[]): Promise<void> {
    return (await this.get()).upsert(records);
  }

  async delete(ids: string[]): Promise<void> {
    return (await this.get()).delete(ids);
  }

  async query(vector: Float32Array, options: { topK: number; filter?: VectorFilter }): Promise<VectorMatch[]> {
    return (await this.get()).query(vector, options);
  }

  async clear(): Promise<void> {
    return (await this.get()).clear();
  }
}

export class LazyRequestParser implements RequestParser {
  private readonly get: () => Promise<RequestParser>;

  constructor(
    readonly name: string,
    load: () => Promise<RequestParser>,
  ) {
    this.get = eager(load);
  }

  async parse(text: string, options?: ParseOptions): Promise<StructuredRequest> {
    return (await this.get()).parse(text, options);
  }
}
