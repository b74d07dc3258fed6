// A small fake of Pinecone on 127.0.0.1: the data plane (upsert, query with cosine scores and
// metadata filters — $and/$or/$eq/$ne/$in/$nin, list fields matching when they contain a value —,
// delete by ids, by filter or all, describe_index_stats) and the control plane's describeIndex
// (GET /indexes/NAME; pass the fake's url as controllerHostUrl). As strict as Pinecone: upserts of
// more than 1,000 vectors or 2 MB, metadata over 40 KB a vector, and vectors (or queries) of
// another dimension than the index's are refused with a 400. `failNext` makes the next calls to
// a path fail with a status, to exercise retries.
import { startFakeHttp, type FakeHttp, type FakeResponse, type RecordedRequest } from "./fakeHttp.js";

type Metadata = Record<string, unknown>;
interface Stored {
  values: number[];
  metadata: Metadata;
}

export interface FakePinecone {
  index: FakePineconeIndex;
  url: string;
  http: FakeHttp;
  namespaces: Map<string, Map<string, Stored>>;
  failNext(path: string, status: number, times?: number): void;
  close(): Promise<void>;
}

export interface FakePineconeIndex {
  name: string;
  dimension: number;
  metric: "cosine" | "euclidean" | "dotproduct";
}

const MAX_METADATA_BYTES = 40_960;
const MAX_REQUEST_BYTES = 2 * 1024 * 1024;

export async function startFakePinecone(spec: Partial<FakePineconeIndex> = {}): Promise<FakePinecone> {
  const index: FakePineconeIndex = { name: "caravan-test", dimension: 8, metric: "cosine", ...spec };
  const refuse = (message: string): FakeResponse => ({ status: 400, body: { code: 3, message, details: [] } });
  const namespaces = new Map<string, Map<string, Stored>>();
  const failures = new Map<string, { status: number; times: number }>();
  const ns = (name: unknown): Map<string, Stored> => {
    const key = typeof name === "string" ? name : "";
    let m = namespaces.get(key);
    if (!m) namespaces.set(key, (m = new Map()));
    return m;
  };
  const withFailures = (path: string, handler: (body: Record<string, unknown>) => FakeResponse) => (req: RecordedRequest): FakeResponse => {
    const f = failures.get(path);
    if (f && f.times > 0) {
      f.times--;
      return { status: f.status, body: { code: f.status, message: "injected failure" } };
    }
    return handler((req.body ?? {}) as Record<string, unknown>);
  };

  const http = await startFakeHttp({
    "POST /vectors/upsert": withFailures("/vectors/upsert", (body) => {
      const vectors = body.vectors as { id: string; values: number[]; metadata?: Metadata }[];
      if (vectors.length > 1000) return refuse(`Upsert request can contain at most 1000 vectors, got ${vectors.length}`);
      const size = Buffer.byteLength(JSON.stringify(body), "utf8");
      if (size > MAX_REQUEST_BYTES) return refuse(`Request size ${size} bytes exceeds the maximum supported size of ${MAX_REQUEST_BYTES} bytes`);
      for (const v of vectors) {
        if (v.values.length !== index.dimension) return refuse(`Vector dimension ${v.values.length} does not match the dimension of the index ${index.dimension}`);
        const meta = Buffer.byteLength(JSON.stringify(v.metadata ?? {}), "utf8");
        if (meta > MAX_METADATA_BYTES) return refuse(`Metadata size is ${meta} bytes, which exceeds the limit of ${MAX_METADATA_BYTES} bytes per vector`);
      }
      for (const v of vectors) ns(body.namespace).set(v.id, { values: v.values, metadata: v.metadata ?? {} });
      return { body: { upsertedCount: vectors.length } };
    }),
    "POST /query": withFailures("/query", (body) => {
      const q = body.vector as number[];
      const topK = body.topK as number;
      if (q.length !== index.dimension) return refuse(`Vector dimension ${q.length} does not match the dimension of the index ${index.dimension}`);
      const filter = body.filter as Metadata | undefined;
      const matches = [...ns(body.namespace)]
        .filter(([, s]) => !filter || matchesFilter(s.metadata, filter))
        .map(([id, s]) => ({ id, score: cosine(q, s.values), ...(body.includeMetadata ? { metadata: s.metadata } : {}), ...(body.includeValues ? { values: s.values } : {}) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, topK);
      return { body: { matches, namespace: body.namespace ?? "", usage: { readUnits: 1 } } };
    }),
    "POST /describe_index_stats": withFailures("/describe_index_stats", () => ({
      body: {
        namespaces: Object.fromEntries([...namespaces].map(([k, m]) => [k, { vectorCount: m.size }])),
        dimension: index.dimension,
        indexFullness: 0,
        totalVectorCount: [...namespaces.values()].reduce((n, m) => n + m.size, 0),
        metric: index.metric,
        vectorType: "dense",
      },
    })),
    [`GET /indexes/${index.name}`]: withFailures(`/indexes/${index.name}`, () => ({
      body: {
        name: index.name,
        dimension: index.dimension,
        metric: index.metric,
        host: http.url.replace(/^https?:\/\//, ""),
        vector_type: "dense",
        deletion_protection: "disabled",
        spec: { serverless: { cloud: "aws", region: "us-east-1" } },
        status: { ready: true, state: "Ready" },
      },
    })),
    "POST /vectors/delete": withFailures("/vectors/delete", (body) => {
      const m = ns(body.namespace);
      if (body.deleteAll) m.clear();
      else if (Array.isArray(body.ids)) {
        if (body.ids.length > 1000) return { status: 400, body: { code: 3, message: "max 1000 ids" } };
        for (const id of body.ids as string[]) m.delete(id);
      } else if (body.filter) {
        for (const [id, s] of m) if (matchesFilter(s.metadata, body.filter as Metadata)) m.delete(id);
      }
      return { body: {} };
    }),
  });
  return {
    index,
    url: http.url,
    http,
    namespaces,
    failNext: (path, status, times = 1) => void failures.set(path, { status, times }),
    close: () => http.close(),
  };
}

function cosine(a: number[], b: number[]): number {
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * (b[i] ?? 0);
    na += a[i]! * a[i]!;
    nb += (b[i] ?? 0) * (b[i] ?? 0);
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

function matchesFilter(meta: Metadata, filter: Metadata): boolean {
  return Object.entries(filter).every(([key, cond]) => {
    if (key === "$and") return (cond as Metadata[]).every((f) => matchesFilter(meta, f));
    if (key === "$or") return (cond as Metadata[]).some((f) => matchesFilter(meta, f));
    const value = meta[key];
    const has = (x: unknown): boolean => (Array.isArray(value) ? value.includes(x) : value === x);
    if (cond === null || typeof cond !== "object" || Array.isArray(cond)) return has(cond);
    return Object.entries(cond as Metadata).every(([op, arg]) => {
      switch (op) {
        case "$eq": return has(arg);
        case "$ne": return !has(arg);
        case "$in": return (arg as unknown[]).some(has);
        case "$nin": return !(arg as unknown[]).some(has);
        case "$exists": return (value !== undefined) === arg;
        default: throw new Error(`fake Pinecone: unsupported operator ${op}`);
      }
    });
  });
}
