// In-process BM25 keyword index over weighted fields (a simplified BM25F: each field's term
// counts are multiplied by its boost before saturation). Written for speed at 100k products:
// postings are typed arrays and a query accumulates scores into one dense array, so a common
// term with 25,000 postings costs microseconds. (MiniSearch, measured first, spent 60–190 ms per
// query at 100k products because it materialises every match; see README.)
// Prefix matching helps truncated words; a query word absent from the vocabulary is matched
// against words one edit away, which forgives most typos without blurring known words.
import { withinOneEdit } from "../../core/matching/editDistance.js";

export interface Bm25Field {
  text: string;
  boost: number;
}

export interface Bm25Hit {
  doc: number;
  score: number;
  terms: string[];
}

const K1 = 1.2;
const B = 0.75;
const PREFIX_MIN = 4; // "choc" → "chocolate"; shorter prefixes match too much
const PREFIX_WEIGHT = 0.4;
const FUZZY_MIN = 5;
const FUZZY_WEIGHT = 0.3;

interface Postings {
  docs: number[];
  tfs: number[];
}

export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private readonly lengths: number[] = [];
  private sortedTerms: string[] | null = null;
  private packed: Map<string, { docs: Int32Array; tfs: Float32Array }> | null = null;
  private avgLength = 1;

  constructor(private readonly analyze: (text: string) => string[]) {}

  get size(): number {
    return this.lengths.length;
  }

  /** Adds a document; returns its number (0, 1, 2 …). */
  add(fields: Bm25Field[]): number {
    const doc = this.lengths.length;
    const tf = new Map<string, number>();
    let length = 0;
    for (const f of fields) {
      for (const term of this.analyze(f.text)) {
        tf.set(term, (tf.get(term) ?? 0) + f.boost);
        length += f.boost;
      }
    }
    for (const [term, weight] of tf) {
      let p = this.postings.get(term);
      if (!p) this.postings.set(term, (p = { docs: [], tfs: [] }));
      p.docs.push(doc);
      p.tfs.push(weight);
    }
    this.lengths.push(length);
    this.sortedTerms = null;
    this.packed = null;
    return doc;
  }

  /** Freezes postings into typed arrays; called lazily by the first search. */
  private pack() {
    this.packed = new Map();
    for (const [term, p] of this.postings) this.packed.set(term, { docs: Int32Array.from(p.docs), tfs: Float32Array.from(p.tfs) });
    this.sortedTerms = [...this.postings.keys()].sort();
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length) || 1;
  }

  /** The query's terms, each with the vocabulary words it stands for and their weight. */
  private expand(queryTerms: string[]): { term: string; word: string; weight: number }[] {
    const out: { term: string; word: string; weight: number }[] = [];
    const vocab = this.sortedTerms!;
    for (const term of new Set(queryTerms)) {
      const exact = this.packed!.has(term);
      if (exact) out.push({ term, word: term, weight: 1 });
      if (term.length >= PREFIX_MIN) {
        for (let i = lowerBound(vocab, term); i < vocab.length && vocab[i]!.startsWith(term); i++)
          if (vocab[i] !== term) out.push({ term, word: vocab[i]!, weight: PREFIX_WEIGHT });
      }
      if (!exact && term.length >= FUZZY_MIN)
        for (const word of vocab) if (Math.abs(word.length - term.length) <= 1 && withinOneEdit(term, word)) out.push({ term, word, weight: FUZZY_WEIGHT });
    }
    return out;
  }

  search(query: string, topK: number): Bm25Hit[] {
    if (!this.packed) this.pack();
    const n = this.lengths.length;
    if (!n) return [];
    const scores = new Float32Array(n);
    // Which query terms each document matched, as bits (the first 31 distinct terms).
    const masks = new Int32Array(n);
    const queryTerms = [...new Set(this.analyze(query))];
    const bit = new Map(queryTerms.slice(0, 31).map((t, i) => [t, 1 << i]));
    const touched: number[] = [];
    for (const { term, word, weight } of this.expand(queryTerms)) {
      const mask = bit.get(term) ?? 0;
      const p = this.packed!.get(word)!;
      const idf = Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i]!;
        const tf = p.tfs[i]!;
        const s = (weight * idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[d]!) / this.avgLength));
        if (scores[d] === 0) touched.push(d);
        scores[d] = scores[d]! + s;
        masks[d] = masks[d]! | mask;
      }
    }
    const best = topKByScore(touched, scores, topK);
    return best.map((doc) => ({ doc, score: scores[doc]!, terms: queryTerms.filter((t) => (masks[doc]! & (bit.get(t) ?? 0)) !== 0) }));
  }
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The k documents with the highest scores, best first, via a size-k min-heap: O(n log k). */
function topKByScore(docs: number[], scores: Float32Array, k: number): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const d of docs) {
    if (heap.length < k) {
      heap.push(d);
      up(heap.length - 1);
    } else if (less(heap[0]!, d)) {
      heap[0] = d;
      down(0);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}
