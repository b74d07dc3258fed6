// npm run bench:ann [-- --sizes 10000,100000 --queries 200 --data clustered,text --ef 192]
// Exact scan vs the usearch HNSW graph of the local vector index, through the index's real query
// path (candidates from the graph re-scored exactly). Prints build time, query latency p50/p95,
// recall@10 against exact, and memory. Postgres is left out (a stub database): this measures the
// in-process search, which is what a query pays once the namespace is loaded.
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Database } from "../src/adapters/db/database.js";
import { HashEmbedder } from "../src/adapters/local/hashEmbedder.js";
import { LocalVectorIndex } from "../src/adapters/local/vectorIndex.js";
import { VectorMatrix } from "../src/adapters/local/vectorMatrix.js";
import type { VectorRecord } from "../src/ports/vectorIndex.js";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000" },
    queries: { type: "string", default: "200" },
    data: { type: "string", default: "clustered,text" },
    ef: { type: "string" },
    k: { type: "string", default: "10" },
  },
});
const sizes = args.sizes.split(",").map(Number);
const Q = Number(args.queries);
const K = Number(args.k);

// A database that stores nothing: the index's persistence is not what is measured here.
const stubQuery = async (sql: string): Promise<unknown[]> => (sql.includes("count(*)") ? [{ now: new Date(), count: 0 }] : []);
const stubDb = {
  kind: "pglite",
  query: stubQuery,
  exec: async () => {},
  transaction: (fn: (tx: unknown) => Promise<unknown>) => fn({ query: stubQuery, exec: async () => {} }),
  listen: async () => async () => {},
} as unknown as Database;

let seed = 12345;
const rnd = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const gauss = (): number => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());

interface Dataset {
  dimensions: number;
  docs: (i: number) => Float32Array;
  query: () => Float32Array;
}

/** Gaussian clusters around 500 random centres: the shape of dense (e.g. OpenAI) embeddings. */
function clustered(dimensions = 1536): Dataset {
  const centres = Array.from({ length: 500 }, () => Float32Array.from({ length: dimensions }, gauss));
  const sample = (): Float32Array => {
    const c = centres[Math.floor(rnd() * centres.length)]!;
    return Float32Array.from(c, (x) => x + 0.8 * gauss());
  };
  return { dimensions, docs: sample, query: sample };
}

/** Products from 400 topics of a 6,000-word vocabulary, through the offline hash embedder. */
function hashedText(): Dataset {
  const e = new HashEmbedder();
  const vocab = Array.from({ length: 6_000 }, (_, i) => `w${(i * 7919).toString(36)}${String.fromCharCode(97 + (i % 26))}`);
  const topics = Array.from({ length: 400 }, () => Array.from({ length: 30 }, () => vocab[Math.floor(rnd() * vocab.length)]!));
  const text = (n: number): string => {
    const t = topics[Math.floor(rnd() * topics.length)]!;
    return Array.from({ length: n }, () => (rnd() < 0.7 ? t[Math.floor(rnd() * t.length)] : vocab[Math.floor(rnd() * vocab.length)])).join(" ");
  };
  return { dimensions: e.dimensions, docs: () => e.embed(text(25)), query: () => e.embed(text(3)) };
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};
// A collectable heap makes the memory figures mean something (the graph lives outside it).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
// Memory outside V8's heap and ArrayBuffers: where usearch keeps its graph.
const nativeBytes = (): number => {
  const m = process.memoryUsage();
  return m.rss - m.heapTotal - m.external;
};
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function run(kind: string, n: number): Promise<void> {
  const ds = kind === "text" ? hashedText() : clustered();
  const t0 = performance.now();
  const records: VectorRecord[] = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, values: ds.docs(i), metadata: { sellerId: `s${i % 500}`, shipsTo: ["*"] } }));
  const genMs = performance.now() - t0;
  const queries = Array.from({ length: Q }, ds.query);

  // Ground truth: an exact scan over the same vectors.
  const exact = new VectorMatrix(ds.dimensions, n);
  for (const r of records) exact.set(r.id, r.values, r.metadata);
  const exactLat: number[] = [];
  const truth = queries.map((q) => {
    const t = performance.now();
    const ids = exact.exactSearch(q, K, undefined).map((h) => exact.idAt(h.row)!);
    exactLat.push(performance.now() - t);
    return new Set(ids);
  });

  // The threshold is the full size, so the graph is built in one go when the last record lands.
  const index = new LocalVectorIndex(stubDb, {
    namespace: "bench",
    dimensions: ds.dimensions,
    annThreshold: n,
    ...(args.ef ? { ann: { expansionSearch: Number(args.ef) } } : {}),
  });
  await index.warmUp(); // loads the (empty) namespace
  await index.upsert(records.slice(0, n - 1));
  gc();
  const native0 = nativeBytes();
  const b0 = performance.now();
  await index.upsert(records.slice(n - 1));
  await index.warmUp();
  const buildMs = performance.now() - b0;
  gc();
  const graphMem = nativeBytes() - native0;
  records.length = 0;

  const annLat: number[] = [];
  let hits = 0;
  for (let i = 0; i < Q; i++) {
    const t = performance.now();
    const res = await index.query(queries[i]!, { topK: K });
    annLat.push(performance.now() - t);
    hits += res.filter((m) => truth[i]!.has(m.id)).length;
  }
  await index.close();
  console.log(
    [
      `${kind.padEnd(9)} n=${String(n).padStart(6)} d=${ds.dimensions}`,
      `vectors ${mb(n * ds.dimensions * 4)} (generated in ${(genMs / 1000).toFixed(1)} s)`,
      `exact p50 ${pct(exactLat, 0.5).toFixed(1)} ms p95 ${pct(exactLat, 0.95).toFixed(1)} ms`,
      `ANN build ${(buildMs / 1000).toFixed(1)} s, graph +${mb(graphMem)}`,
      `ANN p50 ${pct(annLat, 0.5).toFixed(2)} ms p95 ${pct(annLat, 0.95).toFixed(2)} ms`,
      `recall@${K} ${(hits / (Q * K)).toFixed(3)}`,
    ].join(" | "),
  );
}

for (const kind of args.data.split(",")) for (const n of sizes) await run(kind, n);
console.log(`peak rss ${mb(process.memoryUsage().rss)}`);
