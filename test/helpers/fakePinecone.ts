// A small fake of Pinecone's data plane on 127.0.0.1: upsert, query (cosine, metadata filters
// with $and/$or/$eq/$ne/$in/$nin, list fields matching when they contain a value), delete by ids,
// by filter or all. Enough for the Pinecone adapter to run the same contract suite as the local
// index. `failNext` makes the next calls to a path fail with a status, to exercise retries.
import { startFakeHttp, type FakeHttp, type FakeResponse, type RecordedRequest } from "./fakeHttp.js";

type Metadata = Record<string, unknown>;
interface Stored {
  values: number[];
  metadata: Metadata;
}

export interface FakePinecone {
  url: string;
  http: FakeHttp;
  namespaces: Map<string, Map<string, Stored>>;
  failNext(path: string, status: number, times?: number): void;
  close(): Promise<void>;
}

export async function startFakePinecone(): Promise<FakePinecone> {
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
      if (vectors.length > 1000) return { status: 400, body: { code: 3, message: "batch too large: max 1000 vectors" } };
      if (JSON.stringify(body).length > 2 * 1024 * 1024) return { status: 400, body: { code: 3, message: "request too large: max 2 MB" } };
      for (const v of vectors) ns(body.namespace).set(v.id, { values: v.values, metadata: v.metadata ?? {} });
      return { body: { upsertedCount: vectors.length } };
    }),
    "POST /query": withFailures("/query", (body) => {
      const q = body.vector as number[];
      const topK = body.topK as number;
      const filter = body.filter as Metadata | undefined;
      const matches = [...ns(body.namespace)]
        .filter(([, s]) => !filter || matchesFilter(s.metadata, filter))
        .map(([id, s]) => ({ id, score: cosine(q, s.values), ...(body.includeMetadata ? { metadata: s.metadata } : {}), ...(body.includeValues ? { values: s.values } : {}) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, topK);
      return { body: { matches, namespace: body.namespace ?? "", usage: { readUnits: 1 } } };
    }),
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
