// One contract for every VectorIndex adapter: the local index on a real (migrated) database and
// the Pinecone adapter against a fake of Pinecone's data plane pass the same assertions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { VectorIndex, VectorMetadata, VectorRecord } from "../../src/ports/vectorIndex.js";
import { LocalVectorIndex } from "../../src/adapters/local/vectorIndex.js";
import { PineconeIndexMismatchError, PineconeVectorIndex, toPineconeFilter } from "../../src/adapters/pinecone/vectorIndex.js";
import { HashEmbedder } from "../../src/adapters/local/hashEmbedder.js";
import { createTestDb, type TestDb } from "../helpers/testDb.js";
import { startFakePinecone, type FakePinecone } from "../helpers/fakePinecone.js";

const DIM = 8;

interface Harness {
  /** A fresh, empty index (its own namespace). */
  create(): Promise<VectorIndex>;
  /** A second instance over the same storage as `index`, as after a restart. */
  reopen(index: VectorIndex): Promise<VectorIndex>;
}

const vec = (...xs: number[]): Float32Array => {
  const v = new Float32Array(DIM);
  xs.forEach((x, i) => (v[i] = x));
  return v;
};
const meta = (m: Partial<VectorMetadata> = {}): VectorMetadata => ({ sellerId: "s1", sellerCountry: "MA", certifications: [], shipsTo: ["*"], ...m });
const rec = (id: string, values: Float32Array, m?: Partial<VectorMetadata>): VectorRecord => ({ id, values, metadata: meta(m) });
const ids = (ms: { id: string }[]): string[] => ms.map((m) => m.id);

function vectorIndexContract(name: string, setup: () => Promise<Harness & { teardown(): Promise<void> }>): void {
  describe(`VectorIndex contract: ${name}`, () => {
    let h: Harness & { teardown(): Promise<void> };
    let index: VectorIndex;
    beforeAll(async () => {
      h = await setup();
    });
    afterAll(async () => {
      await h.teardown();
    });
    beforeEach(async () => {
      index = await h.create();
    });

    it("returns the nearest vectors first, with cosine scores and metadata", async () => {
      await index.upsert([
        rec("a", vec(1, 0, 0), { sellerId: "sa", certifications: ["organic"], shipsTo: ["FR", "DE"] }),
        rec("b", vec(0.8, 0.6, 0)),
        rec("c", vec(0, 0, 1)),
      ]);
      const res = await index.query(vec(2, 0, 0), { topK: 2 });
      expect(ids(res)).toEqual(["a", "b"]);
      expect(res[0]!.score).toBeCloseTo(1, 4);
      expect(res[1]!.score).toBeCloseTo(0.8, 4);
      expect(res[0]!.metadata).toMatchObject({ sellerId: "sa", sellerCountry: "MA", certifications: ["organic"], shipsTo: ["FR", "DE"] });
      expect(ids(await index.query(vec(1, 0, 0), { topK: 10 }))).toEqual(["a", "b", "c"]);
    });

    it("replaces a record upserted again under the same id", async () => {
      await index.upsert([rec("a", vec(1, 0, 0)), rec("b", vec(0, 1, 0))]);
      await index.upsert([rec("a", vec(0, 0, 1), { sellerId: "s2" })]);
      const res = await index.query(vec(0, 0, 1), { topK: 10 });
      expect(ids(res)).toEqual(["a", "b"]);
      expect(res[0]!.score).toBeCloseTo(1, 4);
      expect(res[0]!.metadata.sellerId).toBe("s2");
    });

    it("deletes by id and ignores unknown ids", async () => {
      await index.upsert([rec("a", vec(1, 0)), rec("b", vec(0, 1)), rec("c", vec(1, 1))]);
      await index.delete(["b", "nope"]);
      expect(ids(await index.query(vec(0, 1), { topK: 10 })).sort()).toEqual(["a", "c"]);
    });

    it("honours certificationsAll, shipsTo (with *), sellerCountryIn and idIn", async () => {
      await index.upsert([
        rec("both", vec(1, 0.1), { certifications: ["organic", "halal"], shipsTo: ["FR"], sellerCountry: "MA" }),
        rec("organic", vec(1, 0.2), { certifications: ["organic"], shipsTo: ["US"], sellerCountry: "CA" }),
        rec("anywhere", vec(1, 0.3), { certifications: [], shipsTo: ["*"], sellerCountry: "CA" }),
        rec("none", vec(1, 0.4), { certifications: [], shipsTo: [], sellerCountry: null }),
      ]);
      const q = vec(1, 0);
      const run = async (filter: Parameters<VectorIndex["query"]>[1]["filter"]) => ids(await index.query(q, { topK: 10, filter }));
      expect(await run({ certificationsAll: ["organic", "halal"] })).toEqual(["both"]);
      expect(await run({ certificationsAll: ["organic"] })).toEqual(["both", "organic"]);
      expect(await run({ shipsTo: "FR" })).toEqual(["both", "anywhere"]);
      expect(await run({ shipsTo: "US" })).toEqual(["organic", "anywhere"]);
      expect(await run({ sellerCountryIn: ["CA"] })).toEqual(["organic", "anywhere"]);
      expect(await run({ idIn: ["none", "anywhere", "unknown"] })).toEqual(["anywhere", "none"]);
      expect(await run({ idIn: ["both", "organic"], shipsTo: "US" })).toEqual(["organic"]);
      expect(await run({ certificationsAll: ["kosher"] })).toEqual([]);
    });

    it("clear() removes everything", async () => {
      await index.upsert([rec("a", vec(1)), rec("b", vec(0, 1))]);
      await index.clear();
      expect(await index.query(vec(1), { topK: 10 })).toEqual([]);
      await index.upsert([rec("c", vec(1))]);
      expect(ids(await index.query(vec(1), { topK: 10 }))).toEqual(["c"]);
    });

    it("keeps its records across a new instance on the same storage", async () => {
      await index.upsert([rec("a", vec(1, 0)), rec("b", vec(0, 1))]);
      await index.query(vec(1, 0), { topK: 1 }); // the local index loads into memory here
      await index.delete(["b"]);
      const again = await h.reopen(index);
      const res = await again.query(vec(1, 0), { topK: 10 });
      expect(ids(res)).toEqual(["a"]);
      expect(res[0]!.metadata.sellerId).toBe("s1");
    });

    it("upserts and deletes more records than one request may carry", async () => {
      const many = Array.from({ length: 2_345 }, (_, i) => rec(`p${i}`, vec(1, i / 2_345, (i % 7) / 7)));
      await index.upsert(many);
      const res = await index.query(vec(1, 0.5, 0), { topK: 5 });
      expect(res).toHaveLength(5);
      await index.delete(many.slice(0, 2_300).map((r) => r.id));
      expect(await index.query(vec(1, 0.5, 0), { topK: 100 })).toHaveLength(45);
    });
  });
}

let counter = 0;
const uniqueNs = (prefix: string): string => `${prefix}-${process.pid}-${++counter}`;

vectorIndexContract("local (database + in-process search)", async () => {
  const t: TestDb = await createTestDb();
  const opened: LocalVectorIndex[] = [];
  const open = (namespace: string): LocalVectorIndex => {
    const i = new LocalVectorIndex(t.db, { namespace, dimensions: DIM });
    opened.push(i);
    return i;
  };
  return {
    create: async () => open(uniqueNs("contract")),
    reopen: async (index) => open((index as LocalVectorIndex).namespace),
    async teardown() {
      for (const i of opened) await i.close();
      await t.cleanup();
    },
  };
});

vectorIndexContract("pinecone (fake data plane)", async () => {
  const fake: FakePinecone = await startFakePinecone();
  const open = (namespace: string) =>
    new PineconeVectorIndex({ apiKey: "test-key", host: fake.url, indexName: fake.index.name, controllerHostUrl: fake.url, dimensions: DIM, namespace, retry: { baseDelayMs: 1 } });
  const namespaces = new WeakMap<VectorIndex, string>();
  return {
    async create() {
      const ns = uniqueNs("contract");
      const i = open(ns);
      namespaces.set(i, ns);
      return i;
    },
    reopen: async (index) => open(namespaces.get(index)!),
    teardown: () => fake.close(),
  };
});

describe("Pinecone adapter specifics", () => {
  let fake: FakePinecone;
  beforeAll(async () => {
    fake = await startFakePinecone();
  });
  afterAll(() => fake.close());

  it("retries 429 and 5xx with backoff, then succeeds", async () => {
    const index = new PineconeVectorIndex({ apiKey: "k", host: fake.url, namespace: "retry", retry: { baseDelayMs: 1 } });
    fake.failNext("/vectors/upsert", 503, 2);
    await index.upsert([rec("a", vec(1))]);
    fake.failNext("/query", 429, 2);
    expect(ids(await index.query(vec(1), { topK: 1 }))).toEqual(["a"]);
  });

  it("gives up after the configured retries and does not retry a 400", async () => {
    const index = new PineconeVectorIndex({ apiKey: "k", host: fake.url, namespace: "fail", retry: { retries: 2, baseDelayMs: 1 } });
    await index.verify(); // the index check is its own request, once
    fake.failNext("/query", 500, 10);
    const before = fake.http.requests.length;
    await expect(index.query(vec(1), { topK: 1 })).rejects.toThrow();
    expect(fake.http.requests.length - before).toBe(3);
    fake.failNext("/query", 0, 0);
    fake.failNext("/vectors/delete", 400, 5);
    const before400 = fake.http.requests.length;
    await expect(index.delete(["x"])).rejects.toThrow();
    expect(fake.http.requests.length - before400).toBe(1);
  });

  it("keeps upserts under 2 MB and 1,000 vectors, deletes under 1,000 ids", async () => {
    const d = 1536;
    const fake = await startFakePinecone({ dimension: d });
    const index = new PineconeVectorIndex({ apiKey: "k", host: fake.url, namespace: "big", dimensions: d });
    const big = Array.from({ length: 300 }, (_, i) => ({ id: `b${i}`, values: Float32Array.from({ length: d }, (_, k) => Math.sin(i + k) / 7), metadata: meta() }));
    const before = fake.http.requests.length;
    await index.upsert(big);
    const upserts = fake.http.requests.slice(before).filter((r) => r.path === "/vectors/upsert");
    expect(upserts.length).toBeGreaterThan(1);
    for (const r of upserts) expect(JSON.stringify(r.body).length).toBeLessThan(2 * 1024 * 1024);
    expect(fake.namespaces.get("big")!.size).toBe(300);
    await fake.close();
  });

  it("refuses what Pinecone refuses: over 1,000 vectors, metadata over 40 KB, another dimension", async () => {
    const post = async (body: unknown) => {
      const r = await fetch(`${fake.url}/vectors/upsert`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: r.status, message: ((await r.json()) as { message: string }).message };
    };
    const v = (id: string, values = Array.from(vec(1)), metadata: Record<string, unknown> = {}) => ({ id, values, metadata });
    expect(await post({ namespace: "strict", vectors: Array.from({ length: 1001 }, (_, i) => v(`x${i}`)) })).toMatchObject({ status: 400, message: /at most 1000 vectors/ });
    expect(await post({ namespace: "strict", vectors: [v("m", undefined, { certifications: Array.from({ length: 2000 }, (_, i) => `certificate-number-${i}`) })] })).toMatchObject({ status: 400, message: /exceeds the limit of 40960 bytes/ });
    expect(await post({ namespace: "strict", vectors: [v("d", [1, 0, 0])] })).toMatchObject({ status: 400, message: /dimension 3 does not match the dimension of the index 8/ });
    expect(await post({ namespace: "strict", vectors: [v("ok")] })).toMatchObject({ status: 200 });
  });

  it("bounds each vector's metadata under 40 KB, keeping the product searchable", async () => {
    const index = new PineconeVectorIndex({ apiKey: "k", host: fake.url, namespace: "meta", dimensions: DIM });
    const certifications = Array.from({ length: 3_000 }, (_, i) => `certificate-number-${i}`);
    await index.upsert([rec("long", vec(1, 0), { certifications, shipsTo: ["FR", "DE"] }), rec("short", vec(0, 1), { certifications: ["organic"] })]);
    const stored = fake.namespaces.get("meta")!.get("long")!;
    expect(Buffer.byteLength(JSON.stringify(stored.metadata))).toBeLessThanOrEqual(40_960);
    expect((stored.metadata.certifications as string[]).length).toBeGreaterThan(100);
    expect(stored.metadata.ships_to).toEqual(["FR", "DE"]);
    expect(ids(await index.query(vec(1, 0), { topK: 5, filter: { certificationsAll: ["certificate-number-0"] } }))).toEqual(["long"]);
    expect(fake.namespaces.get("meta")!.get("short")!.metadata.certifications).toEqual(["organic"]);
  });
});

describe("Pinecone index check at start-up", () => {
  it("passes a cosine index of the embedder's dimension, once for all calls (describeIndex)", async () => {
    const fake = await startFakePinecone({ name: "good", dimension: DIM });
    const index = new PineconeVectorIndex({ apiKey: "k", host: fake.url, indexName: "good", controllerHostUrl: fake.url, dimensions: DIM, namespace: "n" });
    await index.verify();
    await index.upsert([rec("a", vec(1))]);
    await index.query(vec(1), { topK: 1 });
    expect(fake.http.requests.filter((r) => r.path === "/indexes/good")).toHaveLength(1);
    await fake.close();
  });

  it("stops on a euclidean index before writing or clearing anything, naming the fix", async () => {
    const fake = await startFakePinecone({ name: "euclid", metric: "euclidean", dimension: DIM });
    const index = new PineconeVectorIndex({ apiKey: "k", host: fake.url, indexName: "euclid", controllerHostUrl: fake.url, dimensions: DIM, namespace: "n" });
    const err = await index.verify().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PineconeIndexMismatchError);
    expect((err as Error).message).toBe(
      'Pinecone index "euclid" uses the euclidean metric but Caravan ranks by cosine similarity: create a new index with metric cosine (a metric cannot be changed), point PINECONE_INDEX at it and run npm run reindex.',
    );
    await expect(index.upsert([rec("a", vec(1))])).rejects.toThrow(/euclidean/);
    await expect(index.clear()).rejects.toThrow(/euclidean/);
    await expect(index.query(vec(1), { topK: 1 })).rejects.toThrow(/euclidean/);
    expect(fake.http.requests.filter((r) => r.path.startsWith("/vectors") || r.path === "/query")).toHaveLength(0);
    await fake.close();
  });

  it("stops on another dimension, read from the data plane when only the host is known", async () => {
    const fake = await startFakePinecone({ dimension: 1024 });
    const index = new PineconeVectorIndex({ apiKey: "k", host: fake.url, dimensions: 1536, namespace: "n" });
    await expect(index.verify()).rejects.toThrow(
      `the Pinecone index at ${fake.url} has dimension 1024 but the embedder makes vectors of 1536: create an index of dimension 1536 (or set EMBEDDING_DIMENSIONS=1024 for text-embedding-3 models), then run npm run reindex.`,
    );
    expect(fake.http.requests.map((r) => r.path)).toEqual(["/describe_index_stats"]);
    await fake.close();
  });

  it("translates filters into Pinecone's language", () => {
    expect(toPineconeFilter({})).toBeUndefined();
    expect(toPineconeFilter({ shipsTo: "fr" })).toEqual({ ships_to: { $in: ["FR", "*"] } });
    expect(toPineconeFilter({ certificationsAll: ["organic", "halal"], sellerCountryIn: ["MA"] }, ["p1"])).toEqual({
      $and: [{ certifications: { $in: ["organic"] } }, { certifications: { $in: ["halal"] } }, { seller_country: { $in: ["MA"] } }, { product_id: { $in: ["p1"] } }],
    });
  });
});

describe("local index specifics", () => {
  let t: TestDb;
  const opened: LocalVectorIndex[] = [];
  const open = (namespace: string, extra: Partial<ConstructorParameters<typeof LocalVectorIndex>[1]> = {}, dimensions = DIM) => {
    const i = new LocalVectorIndex(t.db, { namespace, dimensions, ...extra });
    opened.push(i);
    return i;
  };
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    for (const i of opened) await i.close();
    await t.cleanup();
  });

  it("sees another instance's writes (another process seeding while the bot runs)", async () => {
    const bot = open("shared");
    const seeder = open("shared");
    await seeder.upsert([rec("a", vec(1, 0))]);
    expect(ids(await bot.query(vec(1, 0), { topK: 10 }))).toEqual(["a"]);
    await seeder.upsert([rec("b", vec(0.9, 0.1))]);
    await seeder.delete(["a"]);
    await new Promise((r) => setTimeout(r, 100)); // NOTIFY is asynchronous
    expect(ids(await bot.query(vec(1, 0), { topK: 10 }))).toEqual(["b"]);
  });

  it("rejects vectors of the wrong size with a clear message", async () => {
    await expect(open("dims").upsert([rec("a", new Float32Array(3))])).rejects.toThrow(/3 dimensions.*holds 8/);
  });

  it("crosses the ANN threshold, keeps recall@10 ≥ 0.95 against exact, and honours filters", async () => {
    const e = new HashEmbedder();
    let seed = 11;
    const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const words = Array.from({ length: 1500 }, (_, i) => `w${(i * 7919).toString(36)}`);
    const topics = Array.from({ length: 60 }, () => Array.from({ length: 25 }, () => words[Math.floor(rnd() * words.length)]!));
    const text = (n: number) => {
      const topic = topics[Math.floor(rnd() * topics.length)]!;
      return Array.from({ length: n }, () => (rnd() < 0.7 ? topic[Math.floor(rnd() * topic.length)] : words[Math.floor(rnd() * words.length)])).join(" ");
    };
    const N = 4_000;
    const records = Array.from({ length: N }, (_, i) =>
      rec(`p${i}`, e.embed(text(20)), { certifications: i % 3 === 0 ? ["organic"] : [], shipsTo: i % 5 === 0 ? ["*"] : ["FR"], sellerCountry: i % 2 ? "MA" : "CA" }),
    );
    const ann = open("ann", { annThreshold: 1_000 }, e.dimensions);
    const exact = open("ann", { annThreshold: Number.MAX_SAFE_INTEGER }, e.dimensions);
    await ann.upsert(records);
    await ann.warmUp();
    await exact.warmUp();
    expect(ann.stats()).toEqual({ loaded: true, size: N, ann: true });
    expect(exact.stats().ann).toBe(false);

    let hits = 0;
    const Q = 100;
    for (let q = 0; q < Q; q++) {
      const v = e.embed(text(3));
      const truth = new Set(ids(await exact.query(v, { topK: 10 })));
      hits += ids(await ann.query(v, { topK: 10 })).filter((id) => truth.has(id)).length;
      // A selective filter still returns complete, correct results.
      const filter = { certificationsAll: ["organic"], sellerCountryIn: ["CA"], shipsTo: "US" };
      expect(ids(await ann.query(v, { topK: 10, filter }))).toEqual(ids(await exact.query(v, { topK: 10, filter })));
    }
    expect(hits / (Q * 10)).toBeGreaterThanOrEqual(0.95);

    // Writes after the graph is built are searchable at once.
    const fresh = e.embed("zz-unique-term another-unique-term");
    await ann.upsert([rec("fresh", fresh)]);
    expect(ids(await ann.query(fresh, { topK: 1 }))).toEqual(["fresh"]);
    await ann.delete(["fresh"]);
    expect(ids(await ann.query(fresh, { topK: 1 }))).not.toContain("fresh");
  });
});
