// Imports one catalog file: validates each row, writes new and changed products in batches,
// embeds and indexes only what changed (content hash), and optionally prunes what the file no
// longer lists. Re-running the same file does nothing; an interrupted run is simply re-run,
// because a product whose vector is missing or stale is re-embedded next time.
import type { CatalogStore } from "../../ports/catalogStore.js";
import type { Embedder } from "../../ports/embedder.js";
import type { VectorIndex, VectorMetadata } from "../../ports/vectorIndex.js";
import { validateRow, type CatalogProduct } from "./catalogRow.js";
import { contentHash } from "./contentHash.js";
import type { RowIssue } from "./rowIssues.js";

export type RowEvent =
  | { kind: "row"; line: number; raw: Record<string, unknown>; extras: Record<string, unknown> }
  | { kind: "bad"; line: number; issue: RowIssue };

export interface SeedDeps {
  store: CatalogStore;
  embedder: Embedder;
  index: VectorIndex;
  /** The text an embedder sees for a product. */
  describe: (p: CatalogProduct) => string;
}

export interface SeedOptions {
  /**
   * Every row belongs to this seller, already on file (a seller's own upload): products are
   * written to its id whatever the row says, and no seller is ever created. The caller makes sure
   * the rows name no one else (sellerUpload.ts).
   */
  owner?: { id: string; country: string | null };
  strict?: boolean;
  prune?: boolean;
  batchSize?: number;
  onProgress?: (counts: SeedCounts) => void;
}

export interface SeedCounts {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  embedded: number;
  pruned: number;
}

export interface SeedReport extends SeedCounts {
  /** Rejected rows and why (each reason as data: see rowIssues.ts for who words it). */
  problems: { line: number; issues: RowIssue[] }[];
  warnings: { line: number; issue: RowIssue }[];
  newSellers: { name: string; claimCode: string }[];
  /** --strict and a bad row: nothing from the file was written. */
  aborted: boolean;
}

/** The facts stored beside a product's vector, for filtering in the index. */
export function vectorMetadata(sellerId: string, p: CatalogProduct): VectorMetadata {
  return { sellerId, sellerCountry: p.sellerCountry, originCountry: p.originCountry, certifications: p.certifications, shipsTo: p.shipsTo };
}

interface Pending {
  line: number;
  product: CatalogProduct;
  hash: string;
}

export async function seedCatalog(deps: SeedDeps, openRows: () => Promise<AsyncIterable<RowEvent>>, opts: SeedOptions = {}): Promise<SeedReport> {
  const report: SeedReport = {
    read: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, embedded: 0, pruned: 0,
    problems: [], warnings: [], newSellers: [], aborted: false,
  };
  if (opts.strict) {
    // Validate the whole file first: any bad row means nothing from it is written.
    const check = { ...report, problems: [] as SeedReport["problems"], warnings: [] as SeedReport["warnings"] };
    await scan(await openRows(), check, () => {});
    if (check.problems.length) return { ...check, aborted: true, read: check.read, rejected: check.rejected };
  }

  const batchSize = opts.batchSize ?? 500;
  const sellers = new Map<string, { id: string; country: string | null }>();
  const seen = new Map<string, Set<string>>(); // sellerId → skus in this file (for --prune)
  let batch: Pending[] = [];

  const flush = async () => {
    if (!batch.length) return;
    await writeBatch(deps, batch, sellers, seen, report, opts.owner);
    batch = [];
    opts.onProgress?.(report);
  };
  await scan(await openRows(), report, (p) => {
    batch.push(p);
    return batch.length >= batchSize ? flush() : undefined;
  });
  await flush();

  if (opts.prune) {
    for (const [sellerId, skus] of seen) {
      const ids = await deps.store.pruneProducts(sellerId, skus);
      if (ids.length) await deps.index.delete(ids);
      report.pruned += ids.length;
    }
  }
  // Seller summaries (certifications, export markets) only move when products did.
  if (report.created + report.updated + report.pruned > 0) await deps.store.refreshSellers([...new Set([...sellers.values()].map((s) => s.id))]);
  return report;
}

/** Reads every row, validates it, rejects duplicates, and hands good ones to `accept`. */
async function scan(rows: AsyncIterable<RowEvent>, report: SeedReport, accept: (p: Pending) => Promise<void> | void) {
  const firstLine = new Map<string, number>(); // seller+sku → line first seen
  for await (const ev of rows) {
    report.read++;
    if (ev.kind === "bad") {
      report.rejected++;
      report.problems.push({ line: ev.line, issues: [ev.issue] });
      continue;
    }
    const r = validateRow(ev.raw, ev.extras);
    if (!r.ok) {
      report.rejected++;
      report.problems.push({ line: ev.line, issues: r.reasons });
      continue;
    }
    const key = `${r.product.seller.toLowerCase()}\u0000${r.product.sku}`;
    const dup = firstLine.get(key);
    if (dup !== undefined) {
      report.rejected++;
      report.problems.push({ line: ev.line, issues: [{ code: "duplicate_sku", sku: r.product.sku, seller: r.product.seller, firstLine: dup }] });
      continue;
    }
    firstLine.set(key, ev.line);
    for (const w of r.warnings) report.warnings.push({ line: ev.line, issue: w });
    await accept({ line: ev.line, product: r.product, hash: contentHash(r.product) });
  }
}

async function writeBatch(
  deps: SeedDeps,
  batch: Pending[],
  sellers: Map<string, { id: string; country: string | null }>,
  seen: Map<string, Set<string>>,
  report: SeedReport,
  owner: SeedOptions["owner"],
) {
  for (const p of batch) {
    if (owner) {
      sellers.set(p.product.seller.toLowerCase(), owner);
      continue;
    }
    const key = p.product.seller.toLowerCase();
    if (!sellers.has(key)) {
      const s = await deps.store.ensureSeller(p.product.seller, p.product.sellerCountry);
      sellers.set(key, { id: s.id, country: p.product.sellerCountry });
      if (s.created) report.newSellers.push({ name: s.name, claimCode: s.claimCode });
    }
  }
  const sellerOf = (p: Pending) => sellers.get(p.product.seller.toLowerCase())!;
  const existing = await deps.store.findProducts(batch.map((p) => ({ sellerId: sellerOf(p).id, sku: p.product.sku })));
  const byKey = new Map(existing.map((e) => [`${e.sellerId}\u0000${e.sku}`, e]));

  const toWrite: Pending[] = [];
  const toEmbed: { id: string; p: Pending }[] = [];
  for (const p of batch) {
    const sellerId = sellerOf(p).id;
    let skus = seen.get(sellerId);
    if (!skus) seen.set(sellerId, (skus = new Set()));
    skus.add(p.product.sku);
    const e = byKey.get(`${sellerId}\u0000${p.product.sku}`);
    if (!e) {
      report.created++;
      toWrite.push(p);
    } else if (e.contentHash !== p.hash) {
      report.updated++;
      toWrite.push(p);
    } else {
      report.unchanged++;
      // Unchanged content, but the vector may be missing (interrupted run) or from another model.
      if (e.embeddedHash !== p.hash || e.embeddingModel !== deps.embedder.model) toEmbed.push({ id: e.id, p });
    }
  }
  if (toWrite.length) {
    const ids = await deps.store.upsertProducts(toWrite.map((p) => ({ sellerId: sellerOf(p).id, product: p.product, contentHash: p.hash })));
    toWrite.forEach((p, i) => toEmbed.push({ id: ids[i]!, p }));
  }
  if (!toEmbed.length) return;
  const vectors = await deps.embedder.embedDocuments(toEmbed.map(({ p }) => deps.describe(p.product)));
  await deps.index.upsert(
    toEmbed.map(({ id, p }, i) => ({
      id,
      values: vectors[i]!,
      metadata: vectorMetadata(sellerOf(p).id, p.product),
    })),
  );
  await deps.store.markEmbedded(
    toEmbed.map(({ id, p }) => ({ id, contentHash: p.hash })),
    deps.embedder.model,
    deps.embedder.dimensions,
  );
  report.embedded += toEmbed.length;
}
