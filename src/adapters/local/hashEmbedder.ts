// The offline default Embedder: signed feature hashing of word unigrams, word bigrams and
// character n-grams into a fixed-size, L2-normalised vector. No network, no model, no state:
// the same text gives the same vector on every machine, so stored vectors stay valid across
// restarts. It is lexical (no synonyms, no translation), but character n-grams make it robust to
// plurals, accents, typos and compound spellings, which is what the hybrid matcher needs from
// its vector side next to a word-level lexical retriever.
import type { Embedder } from "../../ports/embedder.js";
import { tokenize } from "./textFeatures.js";

export interface HashEmbedderOptions {
  /** Vector length, a power of two. Measured NDCG@10 on a synthetic 5k catalog (typos, plurals, FR/EN): 0.85 / 0.88 / 0.89 / 0.90 / 0.91 at 256 / 512 / 1024 / 2048 / 65536 dims; 1024 keeps most of it at 4 KB a vector. */
  dimensions?: number;
  /** Smallest and largest character n-gram, boundaries included ("<ar", "rgan>"). */
  minGram?: number;
  maxGram?: number;
  /** Weight of a word's n-grams, in total, relative to the word itself. */
  gramWeight?: number;
  /** Weight of an adjacent-word bigram relative to a word. */
  bigramWeight?: number;
}

const DEFAULTS = { dimensions: 1024, minGram: 3, maxGram: 5, gramWeight: 1.5, bigramWeight: 0.5 } as const;
export const HASH_EMBEDDER_VERSION = "hash-v1";

// Distinct seeds keep the word "oil", the n-gram "oil" and the bigram "olive oil" apart.
const SEED_WORD = 0x811c9dc5;
const SEED_GRAM = 0x3b9aca07;
const SEED_BIGRAM = 0x2545f491;

/** FNV-1a over s[from, to) then a murmur3 finaliser so that low bits are well mixed. */
function hashRange(s: string, from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export class HashEmbedder implements Embedder {
  readonly model: string;
  readonly dimensions: number;
  private readonly mask: number;
  private readonly opts: Required<HashEmbedderOptions>;

  constructor(options: HashEmbedderOptions = {}) {
    this.opts = { ...DEFAULTS, ...options };
    const d = this.opts.dimensions;
    if (!Number.isInteger(d) || d < 8 || (d & (d - 1)) !== 0) throw new Error(`HashEmbedder dimensions must be a power of two ≥ 8, got ${d}`);
    this.dimensions = d;
    this.mask = d - 1;
    const { minGram, maxGram, gramWeight, bigramWeight } = this.opts;
    const tuned = minGram !== DEFAULTS.minGram || maxGram !== DEFAULTS.maxGram || gramWeight !== DEFAULTS.gramWeight || bigramWeight !== DEFAULTS.bigramWeight;
    // Any option that changes the vectors changes the model name: spaces never mix.
    this.model = `local:${HASH_EMBEDDER_VERSION}-d${d}${tuned ? `-g${minGram}${maxGram}w${gramWeight}b${bigramWeight}` : ""}`;
  }

  async embedDocuments(texts: string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.embed(t));
  }

  async embedQuery(text: string): Promise<Float32Array> {
    return this.embed(text);
  }

  /** Synchronous core, for callers that embed in a tight loop (benchmarks, tests). */
  embed(text: string): Float32Array {
    const v = new Float32Array(this.dimensions);
    const tokens = tokenize(text);
    if (tokens.length === 0) return v;

    // Sublinear term frequency (1 + ln tf) per distinct word and bigram: a repeated title counts
    // more, a word stuffed ten times does not count ten times.
    const words = new Map<string, number>();
    const bigrams = new Map<string, number>();
    let prev: string | undefined;
    for (const t of tokens) {
      words.set(t.stem, (words.get(t.stem) ?? 0) + 1);
      if (prev !== undefined) {
        const b = `${prev} ${t.stem}`;
        bigrams.set(b, (bigrams.get(b) ?? 0) + 1);
      }
      prev = t.stem;
    }

    const { minGram, maxGram, gramWeight, bigramWeight } = this.opts;
    for (const [word, tf] of words) {
      const w = 1 + Math.log(tf);
      this.add(v, hashRange(word, 0, word.length, SEED_WORD), w);
      if (gramWeight <= 0 || isNumeric(word)) continue;
      const padded = `<${word}>`;
      const n = padded.length;
      let count = 0;
      for (let g = minGram; g <= maxGram; g++) count += Math.max(0, n - g + 1);
      if (count === 0) continue;
      // Each word's n-grams share a fixed budget, so long words do not dominate short ones.
      const gw = (w * gramWeight) / Math.sqrt(count);
      for (let g = minGram; g <= maxGram; g++) {
        for (let i = 0; i + g <= n; i++) this.add(v, hashRange(padded, i, i + g, SEED_GRAM), gw);
      }
    }
    if (bigramWeight > 0) {
      for (const [b, tf] of bigrams) this.add(v, hashRange(b, 0, b.length, SEED_BIGRAM), bigramWeight * (1 + Math.log(tf)));
    }

    let norm = 0;
    for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let i = 0; i < v.length; i++) v[i]! *= inv;
    }
    return v;
  }

  private add(v: Float32Array, h: number, weight: number): void {
    // The top bit gives the sign: collisions then cancel on average instead of piling up.
    v[h & this.mask]! += h < 0 ? -weight : weight;
  }
}

function isNumeric(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}
