// VectorIndex on a Pinecone serverless index. Filters become Pinecone metadata filters, so the
// metadata is stored flat in snake_case: seller_id, seller_country, origin_country, certifications
// (list), ships_to (list, "*" for anywhere) and product_id (for idIn, which Pinecone's query has no
// other way to express). Writes are batched within Pinecone's limits (1,000 vectors and 2 MB per
// upsert, 1,000 ids per delete) and every call is retried with backoff on 429, 5xx and network
// errors. The SDK's own retry covers only 5xx, so it is turned off in favour of one policy here.
// Before the first write or query the index itself is checked (describeIndex, or the data
// plane's stats when only a host is known): a dimension other than the embedder's fails every
// call, and a euclidean or dotproduct index silently reverses or skews the ranking, so both stop
// start-up with one sentence naming the fix. Metadata is bounded under Pinecone's 40 KB a vector.
import { Pinecone, type Index } from "@pinecone-database/pinecone";
import type { Logger } from "../../logger.js";
import type { VectorFilter, VectorIndex, VectorMatch, VectorMetadata, VectorRecord } from "../../ports/vectorIndex.js";
import { withRetry, type RetryOptions } from "./retry.js";
import { boundMetadata, type Meta } from "./metadata.js";

export interface PineconeVectorIndexOptions {
  apiKey: string;
  /** Data-plane host; when absent the SDK resolves it from `indexName` (one control-plane call). */
  host?: string | undefined;
  indexName?: string | undefined;
  namespace: string;
  logger?: Logger;
  retry?: RetryOptions;
  /** The embedder's vector size: the index must have it (checked once, before the first call). */
  dimensions?: number;
  /** Control-plane URL (describeIndex); Pinecone's by default, a fake's in tests. */
  controllerHostUrl?: string;
  /** Request limits; lowered by tests to exercise batching. */
  maxUpsertVectors?: number;
  maxUpsertBytes?: number;
  maxDeleteIds?: number;
}

const MAX_TOP_K = 1_000; // Pinecone's limit when metadata is included
const ID_FILTER_CHUNK = 1_000;

export type { Meta };

/** The index does not fit Caravan (wrong dimension or metric): a configuration problem, not an outage. */
export class PineconeIndexMismatchError extends Error {
  override name = "PineconeIndexMismatchError";
}

export class PineconeVectorIndex implements VectorIndex {
  readonly name: string;
  private readonly client: Pinecone;
  private readonly index: Index<Meta>;
  private checked: Promise<void> | undefined;
  private readonly maxUpsertVectors: number;
  private readonly maxUpsertBytes: number;
  private readonly maxDeleteIds: number;

  constructor(private readonly options: PineconeVectorIndexOptions) {
    if (!options.host && !options.indexName) throw new Error("PINECONE_INDEX: set PINECONE_INDEX or PINECONE_HOST to use Pinecone");
    const client = new Pinecone({ apiKey: options.apiKey, maxRetries: 0, ...(options.controllerHostUrl ? { controllerHostUrl: options.controllerHostUrl } : {}) });
    this.client = client;
    this.index = client.index<Meta>({
      ...(options.host ? { host: options.host } : {}),
      ...(options.indexName ? { name: options.indexName } : {}),
      namespace: options.namespace,
    });
    this.name = `pinecone:${options.indexName ?? options.host}/${options.namespace}`;
    this.maxUpsertVectors = options.maxUpsertVectors ?? 1_000;
    this.maxUpsertBytes = options.maxUpsertBytes ?? 2_000_000 - 64_000; // room for the envelope
    this.maxDeleteIds = options.maxDeleteIds ?? 1_000;
  }

  /**
   * Checks once that the index has the embedder's dimension and the cosine metric; throws a
   * PineconeIndexMismatchError naming the fix otherwise. Every write and query waits for it.
   */
  verify(): Promise<void> {
    this.checked ??= this.describe().catch((e: unknown) => {
      if (!(e instanceof PineconeIndexMismatchError)) this.checked = undefined; // an outage: check again next time
      throw e;
    });
    return this.checked;
  }

  private async describe(): Promise<void> {
    const label = this.options.indexName ? `Pinecone index "${this.options.indexName}"` : `the Pinecone index at ${this.options.host}`;
    // The data plane's stats carry the metric too (API 2025-04 on), though the SDK's type omits it.
    const d: { dimension?: number; metric?: string } = this.options.indexName
      ? await this.call("describeIndex", () => this.client.describeIndex(this.options.indexName!))
      : await this.call("describeIndexStats", () => this.index.describeIndexStats());
    const metric = d.metric?.toLowerCase();
    if (metric && metric !== "cosine")
      throw new PineconeIndexMismatchError(
        `${label} uses the ${metric} metric but Caravan ranks by cosine similarity: create a new index with metric cosine (a metric cannot be changed), point PINECONE_INDEX at it and run npm run reindex.`,
      );
    const want = this.options.dimensions;
    if (want !== undefined && d.dimension !== undefined && d.dimension !== want)
      throw new PineconeIndexMismatchError(
        `${label} has dimension ${d.dimension} but the embedder makes vectors of ${want}: create an index of dimension ${want} (or set EMBEDDING_DIMENSIONS=${d.dimension} for text-embedding-3 models), then run npm run reindex.`,
      );
    this.options.logger?.info({ index: this.name, dimension: d.dimension, metric }, "pinecone index checked");
  }

  async upsert(records: VectorRecord[]): Promise<void> {
    await this.verify();
    let capped = 0;
    let batch: { id: string; values: number[]; metadata: Meta }[] = [];
    let bytes = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const records = batch;
      batch = [];
      bytes = 0;
      await this.call("upsert", () => this.index.upsert({ records }));
    };
    for (const r of records) {
      const bounded = boundMetadata(toPinecone(r.id, r.metadata));
      if (bounded.capped) capped++;
      const rec = { id: r.id, values: Array.from(r.values), metadata: bounded.metadata };
      const size = JSON.stringify(rec).length + 1;
      if (batch.length >= this.maxUpsertVectors || (batch.length > 0 && bytes + size > this.maxUpsertBytes)) await flush();
      batch.push(rec);
      bytes += size;
    }
    await flush();
    if (capped)
      this.options.logger?.warn({ records: capped }, `${capped} vector(s) had metadata over Pinecone's 40 KB: long certification or market lists were cut in the index (the database keeps them whole)`);
  }

  async delete(ids: string[]): Promise<void> {
    await this.verify();
    for (let i = 0; i < ids.length; i += this.maxDeleteIds) {
      const chunk = ids.slice(i, i + this.maxDeleteIds);
      await this.call("delete", () => this.index.deleteMany({ ids: chunk }));
    }
  }

  async clear(): Promise<void> {
    await this.verify(); // reindex clears first: never empty an index it cannot then fill
    try {
      await this.call("clear", () => this.index.deleteAll());
    } catch (e) {
      // Deleting everything in a namespace that does not exist yet is not a failure.
      if (e instanceof Error && e.name === "PineconeNotFoundError") return;
      throw e;
    }
  }

  async query(vector: Float32Array, options: { topK: number; filter?: VectorFilter }): Promise<VectorMatch[]> {
    const topK = Math.min(options.topK, MAX_TOP_K);
    if (topK <= 0) return [];
    await this.verify();
    const values = Array.from(vector);
    const ids = options.filter?.idIn;
    if (ids && ids.length === 0) return [];
    const chunks = ids ? chunked([...new Set(ids)], ID_FILTER_CHUNK) : [undefined];
    const matches: VectorMatch[] = [];
    for (const idChunk of chunks) {
      const filter = toPineconeFilter(options.filter, idChunk);
      const k = idChunk ? Math.min(topK, idChunk.length) : topK;
      const res = await this.call("query", () =>
        this.index.query({ vector: values, topK: k, includeMetadata: true, includeValues: false, ...(filter ? { filter } : {}) }),
      );
      for (const m of res.matches ?? []) matches.push({ id: m.id, score: m.score ?? 0, metadata: fromPinecone(m.metadata) });
    }
    return matches.sort((a, b) => b.score - a.score).slice(0, topK);
  }

  private call<T>(op: string, fn: () => Promise<T>): Promise<T> {
    return withRetry(fn, {
      ...this.options.retry,
      onRetry: (err, attempt, delayMs) => this.options.logger?.warn({ op, attempt, delayMs, err: err.message }, "pinecone call failed, retrying"),
    });
  }
}

function toPinecone(id: string, m: VectorMetadata): Meta {
  // Pinecone rejects null metadata values: absent facts are left out.
  const out: Meta = { product_id: id, seller_id: m.sellerId };
  if (m.sellerCountry) out.seller_country = m.sellerCountry.toUpperCase();
  if (m.originCountry) out.origin_country = m.originCountry.toUpperCase();
  if (m.certifications?.length) out.certifications = m.certifications;
  if (m.shipsTo?.length) out.ships_to = m.shipsTo.map((c) => (c === "*" ? c : c.toUpperCase()));
  return out;
}

function fromPinecone(m: Partial<Meta> | undefined): VectorMetadata {
  return {
    sellerId: String(m?.seller_id ?? ""),
    sellerCountry: m?.seller_country ?? null,
    originCountry: m?.origin_country ?? null,
    certifications: m?.certifications ?? [],
    shipsTo: m?.ships_to ?? [],
  };
}

/** VectorFilter in Pinecone's filter language ($and of $in clauses), or undefined for none. */
export function toPineconeFilter(f: VectorFilter | undefined, ids?: string[]): Record<string, unknown> | undefined {
  const clauses: Record<string, unknown>[] = [];
  // On a list field, {$in: [x]} matches records whose list contains x; one clause per code = all.
  for (const c of f?.certificationsAll ?? []) clauses.push({ certifications: { $in: [c] } });
  if (f?.shipsTo) clauses.push({ ships_to: { $in: [f.shipsTo.toUpperCase(), "*"] } });
  if (f?.sellerCountryIn) clauses.push({ seller_country: { $in: f.sellerCountryIn.map((c) => c.toUpperCase()) } });
  if (ids) clauses.push({ product_id: { $in: ids } });
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : { $and: clauses };
}

function chunked<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
