// The in-memory side of the local index: every vector of a namespace in one contiguous
// Float32Array (rows reused after deletes), ids and compiled metadata beside it, and an exact
// top-K scan that only touches rows passing the filter.
import type { VectorFilter, VectorMetadata } from "../../ports/vectorIndex.js";

interface RowMeta {
  metadata: VectorMetadata;
  certifications: ReadonlySet<string>;
  shipsAnywhere: boolean;
  shipsTo: ReadonlySet<string>;
  sellerCountry: string | undefined;
}

export type RowPredicate = (row: number) => boolean;

export class VectorMatrix {
  data: Float32Array;
  private ids: (string | undefined)[] = [];
  private meta: (RowMeta | undefined)[] = [];
  private readonly rowOf = new Map<string, number>();
  private readonly free: number[] = [];
  private rows = 0; // rows ever used (live + free)

  constructor(readonly dimensions: number, initialCapacity = 1024) {
    this.data = new Float32Array(dimensions * Math.max(16, initialCapacity));
  }

  get size(): number {
    return this.rowOf.size;
  }

  /** Rows ever allocated: live rows are below this bound. */
  get rowBound(): number {
    return this.rows;
  }

  rowFor(id: string): number | undefined {
    return this.rowOf.get(id);
  }

  idAt(row: number): string | undefined {
    return this.ids[row];
  }

  metadataAt(row: number): VectorMetadata | undefined {
    return this.meta[row]?.metadata;
  }

  /** Inserts or replaces; stores the vector L2-normalised so that a dot product is a cosine. */
  set(id: string, values: Float32Array, metadata: VectorMetadata): { row: number; replaced: boolean } {
    if (values.length !== this.dimensions)
      throw new Error(`vector for ${id} has ${values.length} dimensions, the index has ${this.dimensions}`);
    let row = this.rowOf.get(id);
    const replaced = row !== undefined;
    if (row === undefined) {
      row = this.free.pop() ?? this.rows++;
      this.ensureCapacity(row + 1);
      this.rowOf.set(id, row);
      this.ids[row] = id;
    }
    const target = this.data.subarray(row * this.dimensions, (row + 1) * this.dimensions);
    target.set(values);
    normalizeInPlace(target);
    this.meta[row] = compileMeta(metadata);
    return { row, replaced };
  }

  remove(id: string): number | undefined {
    const row = this.rowOf.get(id);
    if (row === undefined) return undefined;
    this.rowOf.delete(id);
    this.ids[row] = undefined;
    this.meta[row] = undefined;
    this.data.fill(0, row * this.dimensions, (row + 1) * this.dimensions);
    this.free.push(row);
    return row;
  }

  clear(): void {
    this.rowOf.clear();
    this.ids = [];
    this.meta = [];
    this.free.length = 0;
    this.rows = 0;
    this.data = new Float32Array(this.dimensions * 1024);
  }

  row(row: number): Float32Array {
    return this.data.subarray(row * this.dimensions, (row + 1) * this.dimensions);
  }

  /** Live rows passing `filter` as a predicate, or undefined when there is nothing to check. */
  predicate(filter: VectorFilter | undefined): RowPredicate | undefined {
    if (!filter) return undefined;
    const certs = filter.certificationsAll?.length ? filter.certificationsAll.map((c) => c.toLowerCase()) : undefined;
    const ship = filter.shipsTo ? filter.shipsTo.toUpperCase() : undefined;
    const countries = filter.sellerCountryIn ? new Set(filter.sellerCountryIn.map((c) => c.toUpperCase())) : undefined;
    if (!certs && !ship && !countries) return undefined;
    return (row) => {
      const m = this.meta[row];
      if (!m) return false;
      if (certs) for (const c of certs) if (!m.certifications.has(c)) return false;
      if (ship && !m.shipsAnywhere && !m.shipsTo.has(ship)) return false;
      if (countries && (m.sellerCountry === undefined || !countries.has(m.sellerCountry))) return false;
      return true;
    };
  }

  /** Rows to scan: those of `idIn` when given (fast path for rescoring), else every allocated row. */
  candidateRows(filter: VectorFilter | undefined): number[] | undefined {
    if (!filter?.idIn) return undefined;
    const out: number[] = [];
    for (const id of new Set(filter.idIn)) {
      const r = this.rowOf.get(id);
      if (r !== undefined) out.push(r);
    }
    return out;
  }

  /** Exact top-K by cosine over live rows passing `accept` (all rows, or only `rows`). */
  exactSearch(query: Float32Array, topK: number, accept: RowPredicate | undefined, rows?: Iterable<number>): { row: number; score: number }[] {
    const heap = new TopK(topK);
    const d = this.dimensions;
    const data = this.data;
    const visit = (r: number): void => {
      if (this.ids[r] === undefined || (accept && !accept(r))) return;
      heap.push(r, dot(data, r * d, query, d));
    };
    if (rows) for (const r of rows) visit(r);
    else for (let r = 0; r < this.rows; r++) visit(r);
    return heap.sorted();
  }

  private ensureCapacity(rows: number): void {
    if (rows * this.dimensions <= this.data.length) return;
    const next = new Float32Array(Math.max(rows, Math.ceil((this.data.length / this.dimensions) * 1.5)) * this.dimensions);
    next.set(this.data);
    this.data = next;
  }
}

function compileMeta(metadata: VectorMetadata): RowMeta {
  const ships = (metadata.shipsTo ?? []).map((c) => c.toUpperCase());
  return {
    metadata,
    certifications: new Set((metadata.certifications ?? []).map((c) => c.toLowerCase())),
    shipsAnywhere: ships.includes("*"),
    shipsTo: new Set(ships),
    sellerCountry: metadata.sellerCountry ? metadata.sellerCountry.toUpperCase() : undefined,
  };
}

/** Dot product of data[offset, offset+d) with q; unrolled by four, which V8 runs ~2x faster. */
export function dot(data: Float32Array, offset: number, q: Float32Array, d: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let k = 0;
  for (; k + 3 < d; k += 4) {
    s0 += data[offset + k]! * q[k]!;
    s1 += data[offset + k + 1]! * q[k + 1]!;
    s2 += data[offset + k + 2]! * q[k + 2]!;
    s3 += data[offset + k + 3]! * q[k + 3]!;
  }
  for (; k < d; k++) s0 += data[offset + k]! * q[k]!;
  return s0 + s1 + s2 + s3;
}

export function normalizeInPlace(v: Float32Array): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i]! * v[i]!;
  if (n > 0 && Math.abs(n - 1) > 1e-6) {
    const inv = 1 / Math.sqrt(n);
    for (let i = 0; i < v.length; i++) v[i]! *= inv;
  }
  return v;
}

/** A bounded min-heap keeping the K best (row, score) pairs. */
class TopK {
  private readonly rows: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

  push(row: number, score: number): void {
    if (this.k <= 0) return;
    const n = this.rows.length;
    if (n < this.k) {
      this.rows.push(row);
      this.scores.push(score);
      this.up(n);
    } else if (score > this.scores[0]!) {
      this.rows[0] = row;
      this.scores[0] = score;
      this.down(0);
    }
  }

  sorted(): { row: number; score: number }[] {
    return this.rows.map((row, i) => ({ row, score: this.scores[i]! })).sort((a, b) => b.score - a.score || a.row - b.row);
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.scores[p]! <= this.scores[i]!) break;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    const n = this.rows.length;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < n && this.scores[l]! < this.scores[m]!) m = l;
      if (r < n && this.scores[r]! < this.scores[m]!) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  private swap(a: number, b: number): void {
    [this.rows[a], this.rows[b]] = [this.rows[b]!, this.rows[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }
}
