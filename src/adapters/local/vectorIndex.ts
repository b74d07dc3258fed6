// The default VectorIndex: vectors persisted in Postgres (VectorEntry, one namespace per vector
// space) and searched in process. The namespace is loaded into one contiguous matrix on the
// first query (seeding never loads it, so its memory stays flat) and kept in sync by this
// instance's own writes and, through NOTIFY, by other processes' writes (a seed run while the
// bot is up). Exact search while small; above `annThreshold` an HNSW graph proposes candidates
// that are re-scored exactly, with an exact scan over the filtered subset when a selective
// filter leaves too few of them.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/database.js";
import type { Logger } from "../../logger.js";
import type { VectorFilter, VectorIndex, VectorMatch, VectorRecord } from "../../ports/vectorIndex.js";
import { AnnIndex, type AnnOptions } from "./annIndex.js";
import { VectorMatrix, normalizeInPlace } from "./vectorMatrix.js";
import { VectorStore } from "./vectorStore.js";
import { publishVectorChange, subscribeVectorChanges } from "./vectorNotify.js";

export interface LocalVectorIndexOptions {
  namespace: string;
  dimensions: number;
  /** Live vectors from which the ANN graph is used; below it every query is an exact scan. */
  annThreshold?: number;
  ann?: AnnOptions;
  /** Candidates asked of the graph per result wanted, at least 40 (re-scored exactly, cut to topK). */
  overfetch?: number;
  logger?: Logger;
}

/** Rows written by a transaction that committed late carry an earlier now(): look back this far. */
const SYNC_LOOKBACK_MS = 30_000;
/** A filtered subset estimated this small is scanned exactly (~5 ms at 1,024 dimensions). */
const EXACT_SUBSET_MAX = 5_000;

export class LocalVectorIndex implements VectorIndex {
  readonly name = "local";
  readonly namespace: string;
  private readonly store: VectorStore;
  private readonly matrix: VectorMatrix;
  private readonly annThreshold: number;
  private readonly overfetch: number;
  private readonly origin = randomUUID();
  private loading: Promise<void> | undefined;
  private loaded = false;
  private stale = false;
  private syncedAt = new Date(0);
  private ann: AnnIndex | undefined;
  private annBuilding: Promise<void> | undefined;
  private annRemovals = 0;
  private annFailed = false;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly db: Database,
    private readonly options: LocalVectorIndexOptions,
  ) {
    this.namespace = options.namespace;
    this.store = new VectorStore(db, options.namespace);
    this.matrix = new VectorMatrix(options.dimensions);
    this.annThreshold = options.annThreshold ?? 20_000;
    this.overfetch = options.overfetch ?? 2;
  }

  async upsert(records: VectorRecord[]): Promise<void> {
    if (records.length === 0) return;
    for (const r of records)
      if (r.values.length !== this.options.dimensions)
        throw new Error(`vector ${r.id} has ${r.values.length} dimensions; namespace "${this.namespace}" holds ${this.options.dimensions}`);
    await this.store.upsert(records);
    if (this.loaded) for (const r of records) this.applySet(r);
    else if (this.loading) this.stale = true; // the load's scan may have passed these rows

    await this.notify();
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.store.delete(ids);
    if (this.loaded) for (const id of ids) this.applyRemove(id);
    else if (this.loading) this.stale = true;
    await this.notify();
  }

  async clear(): Promise<void> {
    await this.store.clear();
    this.matrix.clear();
    this.ann = undefined;
    this.annBuilding = undefined;
    this.annRemovals = 0;
    await this.notify();
  }

  async query(vector: Float32Array, options: { topK: number; filter?: VectorFilter }): Promise<VectorMatch[]> {
    await this.ensureFresh();
    const { topK, filter } = options;
    if (vector.length !== this.options.dimensions)
      throw new Error(`query vector has ${vector.length} dimensions; namespace "${this.namespace}" holds ${this.options.dimensions}`);
    if (topK <= 0 || this.matrix.size === 0) return [];
    const q = normalizeInPlace(Float32Array.from(vector));
    const accept = this.matrix.predicate(filter);
    const idRows = this.matrix.candidateRows(filter);
    let hits: { row: number; score: number }[];
    if (idRows) hits = this.matrix.exactSearch(q, topK, accept, idRows);
    else if (this.ann && !this.annBuilding) hits = this.annSearch(q, topK, accept);
    else hits = this.matrix.exactSearch(q, topK, accept);
    return hits.map(({ row, score }) => ({ id: this.matrix.idAt(row)!, score, metadata: this.matrix.metadataAt(row)! }));
  }

  /** Loads the namespace and builds the ANN graph if it is large enough; resolves when done. */
  async warmUp(): Promise<void> {
    await this.ensureFresh();
    await this.annBuilding;
  }

  /** Live vectors held in memory (after loading), and whether the ANN graph is in use. */
  stats(): { loaded: boolean; size: number; ann: boolean } {
    return { loaded: this.loaded, size: this.matrix.size, ann: Boolean(this.ann && !this.annBuilding) };
  }

  /** Stops listening for other processes' writes. */
  async close(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = undefined;
  }

  private annSearch(q: Float32Array, topK: number, accept: ((row: number) => boolean) | undefined): { row: number; score: number }[] {
    const want = Math.min(topK, this.matrix.size);
    const candidates = Math.max(40, Math.ceil(topK * this.overfetch));
    // Filters apply after the graph search, so a filtered query asks for more candidates.
    const rows = this.ann!.search(q, accept ? candidates * 4 : candidates);
    if (accept) {
      // The candidates sample the index: if few pass, the filtered subset is small and an exact
      // scan of it is cheap, exact and complete; if too few pass to fill topK, scan it too.
      const passing = rows.reduce((n, r) => n + (accept(r) ? 1 : 0), 0);
      if (passing < want || (passing / Math.max(1, rows.length)) * this.matrix.size <= EXACT_SUBSET_MAX)
        return this.matrix.exactSearch(q, topK, accept);
    }
    return this.matrix.exactSearch(q, topK, accept, rows);
  }

  private applySet(r: VectorRecord): void {
    const { row, replaced } = this.matrix.set(r.id, r.values, r.metadata);
    if (!this.ann) return this.maybeBuildAnn();
    if (replaced) this.annRemovals++;
    this.ann.set(row, this.matrix.row(row));
    this.maybeRebuildAnn();
  }

  private applyRemove(id: string): void {
    const row = this.matrix.remove(id);
    if (row === undefined || !this.ann) return;
    this.ann.remove(row);
    this.annRemovals++;
    this.maybeRebuildAnn();
  }

  private async ensureFresh(): Promise<void> {
    if (!this.loaded) {
      this.loading ??= this.load().finally(() => (this.loading = undefined));
      await this.loading;
    }
    if (this.stale) await this.sync();
  }

  private async load(): Promise<void> {
    if (!this.unlisten) {
      const sub = {
        onPayload: (payload: string) => this.onNotify(payload),
        // Writes made while the LISTEN connection was down sent no notification we saw: resync.
        onResume: () => {
          if (this.loaded || this.loading) this.stale = true;
        },
      };
      this.unlisten = await subscribeVectorChanges(this.db, sub).catch((e: unknown) => {
        this.options.logger?.warn({ err: e }, "local vector index: cannot LISTEN; other processes' writes will be seen after a restart");
        return undefined;
      });
    }
    const started = Date.now();
    const { now } = await this.store.stamp();
    await this.store.scan((page) => {
      for (const r of page) this.matrix.set(r.id, r.values, r.metadata);
    });
    this.syncedAt = now;
    this.loaded = true;
    this.options.logger?.info({ namespace: this.namespace, vectors: this.matrix.size, ms: Date.now() - started }, "local vector index loaded");
    this.maybeBuildAnn();
  }

  /** Applies rows changed by other processes since the last sync, then drops deleted ones. */
  private async sync(): Promise<void> {
    this.stale = false;
    const { now, count } = await this.store.stamp();
    const since = new Date(this.syncedAt.getTime() - SYNC_LOOKBACK_MS);
    await this.store.scan((page) => page.forEach((r) => this.applySet(r)), since);
    if (count !== this.matrix.size) {
      const present = new Set(await this.store.ids());
      const gone: string[] = [];
      for (let row = 0; row < this.matrix.rowBound; row++) {
        const id = this.matrix.idAt(row);
        if (id !== undefined && !present.has(id)) gone.push(id);
      }
      for (const id of gone) this.applyRemove(id);
      // Rows inserted before our last sync but committed after the look-back: reload them all.
      if (present.size !== this.matrix.size)
        await this.store.scan((page) => page.forEach((r) => this.matrix.rowFor(r.id) === undefined && this.applySet(r)));
    }
    this.syncedAt = now;
  }

  private onNotify(payload: string): void {
    try {
      const { ns, origin } = JSON.parse(payload) as { ns?: string; origin?: string };
      if (ns === this.namespace && origin !== this.origin && (this.loaded || this.loading)) this.stale = true;
    } catch {
      /* not ours */
    }
  }

  private async notify(): Promise<void> {
    await publishVectorChange(this.db, JSON.stringify({ ns: this.namespace, origin: this.origin })).catch(() => {});
  }

  private maybeBuildAnn(): void {
    if (this.ann || this.annFailed || this.matrix.size < this.annThreshold) return;
    this.startAnnBuild();
  }

  /** Replacements and deletes leave tombstones in the graph; past a fifth of it, rebuild. */
  private maybeRebuildAnn(): void {
    if (!this.annBuilding && this.annRemovals > Math.max(1_000, this.matrix.size / 5)) this.startAnnBuild();
  }

  private startAnnBuild(): void {
    const ann = new AnnIndex(this.options.dimensions, this.options.ann);
    const started = Date.now();
    this.ann = ann;
    this.annRemovals = 0;
    const building = ann
      .build(() => this.matrix.data, this.matrix.rowBound, (row) => this.matrix.idAt(row) !== undefined)
      .then(() => {
        this.options.logger?.info({ namespace: this.namespace, vectors: ann.size, ms: Date.now() - started }, "local vector index: ANN graph built");
      })
      .catch((e: unknown) => {
        // Exact search stays correct, only slower: keep serving rather than fail queries.
        this.options.logger?.error({ err: e, namespace: this.namespace }, "local vector index: ANN build failed, using exact search");
        if (this.ann === ann) this.ann = undefined;
        this.annFailed = true;
      })
      .finally(() => {
        if (this.annBuilding === building) this.annBuilding = undefined;
      });
    this.annBuilding = building;
  }
}
