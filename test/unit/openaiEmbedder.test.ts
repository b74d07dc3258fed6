import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OpenAIEmbedder } from "../../src/adapters/openai/embedder.js";
import { EmbedderError } from "../../src/ports/embedder.js";
import { encode } from "gpt-tokenizer/encoding/cl100k_base";
import { startFakeHttp, type FakeHttp, type FakeResponse, type RecordedRequest } from "../helpers/fakeHttp.js";
import { fakeVector, strictEmbeddings, type EmbeddingsBody } from "../helpers/fakeOpenAIEmbeddings.js";
import type { Logger } from "../../src/logger.js";

const embeddingsOk = strictEmbeddings;

let fake: FakeHttp;
let handler: (req: RecordedRequest) => FakeResponse;
beforeAll(async () => {
  fake = await startFakeHttp({ "POST /v1/embeddings": (req) => handler(req) });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  handler = embeddingsOk;
});

const config = (extra: Partial<{ EMBEDDING_MODEL: string; EMBEDDING_DIMENSIONS: number }> = {}) => ({
  OPENAI_API_KEY: "sk-test",
  OPENAI_BASE_URL: `${fake.url}/v1`,
  EMBEDDING_MODEL: "text-embedding-3-small",
  EMBEDDING_DIMENSIONS: undefined as number | undefined,
  ...extra,
});
const bodies = (): EmbeddingsBody[] => fake.requests.map((r) => r.body as EmbeddingsBody);

describe("OpenAIEmbedder", () => {
  it("embeds in order, decodes base64 and returns normalised vectors of the model's size", async () => {
    const e = new OpenAIEmbedder(config());
    expect(e.model).toBe("openai:text-embedding-3-small");
    expect(e.dimensions).toBe(1536);
    const [a, b] = await e.embedDocuments(["one", "three"]);
    expect(a).toHaveLength(1536);
    const norm = (v: Float32Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    expect(norm(a!)).toBeCloseTo(1, 5);
    // "one" and "three" differ in length, so their fake vectors differ: order was kept.
    expect(Array.from(a!.slice(0, 5))).not.toEqual(Array.from(b!.slice(0, 5)));
    const expectedFirst = fakeVector("one", 1536);
    const n = Math.sqrt(expectedFirst.reduce((s, x) => s + x * x, 0));
    expect(a![0]).toBeCloseTo(expectedFirst[0]! / n, 6);
    expect(fake.requests[0]!.headers.authorization).toBe("Bearer sk-test");
  });

  it("forwards the model and dimensions, and names the shortened space apart", async () => {
    const e = new OpenAIEmbedder(config({ EMBEDDING_MODEL: "text-embedding-3-large", EMBEDDING_DIMENSIONS: 256 }));
    expect(e.model).toBe("openai:text-embedding-3-large@256");
    const v = await e.embedQuery("argan oil");
    expect(v).toHaveLength(256);
    expect(bodies()[0]).toMatchObject({ model: "text-embedding-3-large", dimensions: 256, input: ["argan oil"] });
    // The default size is not sent (ada-002 and many compatible servers reject the parameter).
    await new OpenAIEmbedder(config()).embedQuery("x");
    expect(bodies()[1]!.dimensions).toBeUndefined();
    expect(() => new OpenAIEmbedder(config({ EMBEDDING_MODEL: "some-local-model" }))).toThrow(/EMBEDDING_DIMENSIONS/);
  });

  it("splits large inputs by count and by token budget, truncates over-long texts, replaces empty ones", async () => {
    const e = new OpenAIEmbedder(config({ EMBEDDING_DIMENSIONS: 8 }), undefined, { concurrency: 3 });
    const texts = Array.from({ length: 5_000 }, (_, i) => `product ${i}`);
    const out = await e.embedDocuments(texts);
    expect(out).toHaveLength(5_000);
    expect(bodies().map((b) => b.input.length)).toEqual([2048, 2048, 904]);
    expect(bodies().flatMap((b) => b.input)).toEqual(texts); // order across batches kept

    fake.requests.length = 0;
    const long = "word ".repeat(60_000); // 60k tokens: truncated to 8192 real tokens
    const budget = new OpenAIEmbedder(config({ EMBEDDING_DIMENSIONS: 8 }), undefined, { maxBatchTokens: 10_000 });
    await budget.embedDocuments([long, "", ...Array.from({ length: 10 }, () => "x".repeat(16_000))]);
    const inputs = bodies().flatMap((b) => b.input as string[]);
    expect(encode(inputs[0]!).length).toBe(8192);
    expect(inputs[1]).toBe(" ");
    for (const b of bodies()) expect((b.input as string[]).reduce((s, t) => s + encode(t).length, 0)).toBeLessThanOrEqual(10_000);
    expect(bodies().length).toBeGreaterThan(1);
  });

  it("fits real catalog rows whose token count chars/4 underestimates, and says it truncated them", async () => {
    // Digits, codes and accented French tokenize densely: ~40k characters here are ~16k tokens
    // (chars/4 would guess 10k, and the real API refuses anything over 8192).
    const row = Array.from({ length: 2_500 }, (_, i) => `Réf-${(i * 7919) % 100_000} é`).join(" ");
    expect(encode(row).length).toBeGreaterThan(8192);
    expect(strictEmbeddings({ method: "POST", path: "/v1/embeddings", headers: {}, body: { model: "m", input: [row] } }).status).toBe(400);
    const warnings: unknown[][] = [];
    const logger = { warn: (...args: unknown[]) => warnings.push(args), debug() {}, info() {}, error() {} } as unknown as Logger;
    const e = new OpenAIEmbedder(config({ EMBEDDING_DIMENSIONS: 8 }), logger);
    const texts = [row, "short one", row];
    const out = await e.embedDocuments(texts);
    expect(out).toHaveLength(3);
    expect(fake.requests.every((r) => r.path === "/v1/embeddings")).toBe(true);
    const sent = bodies()[0]!.input as string[];
    expect(encode(sent[0]!).length).toBeLessThanOrEqual(8192);
    expect(encode(sent[0]!).length).toBeGreaterThan(8000);
    expect(row.startsWith(sent[0]!)).toBe(true);
    expect(sent[1]).toBe("short one");
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]![1])).toMatch(/2 embedding input\(s\) over 8192 tokens were truncated/);
  });

  it("keeps each request within 300,000 tokens", async () => {
    const row = Array.from({ length: 1_200 }, (_, i) => `lot ${i * 31} kg`).join(", "); // ~6k tokens each
    const n = encode(row).length;
    expect(n).toBeLessThan(8192);
    const e = new OpenAIEmbedder(config({ EMBEDDING_DIMENSIONS: 8 }));
    await e.embedDocuments(Array.from({ length: 120 }, () => row));
    expect(bodies().length).toBeGreaterThan(2);
    for (const b of bodies()) expect((b.input as string[]).length * n).toBeLessThanOrEqual(300_000);
    expect(bodies().flatMap((b) => b.input)).toHaveLength(120);
  });

  it("retries a 429 (honouring Retry-After) and a 500, then succeeds", async () => {
    let calls = 0;
    handler = (req) => {
      calls++;
      if (calls === 1) return { status: 429, headers: { "retry-after-ms": "5" }, body: { error: { message: "Rate limit reached", type: "requests" } } };
      if (calls === 2) return { status: 500, headers: { "retry-after-ms": "5" }, body: { error: { message: "boom" } } };
      return embeddingsOk(req);
    };
    const v = await new OpenAIEmbedder(config({ EMBEDDING_DIMENSIONS: 8 })).embedQuery("saffron");
    expect(v).toHaveLength(8);
    expect(calls).toBe(3);
  });

  it("gives up with a rate_limited EmbedderError when 429s persist", async () => {
    handler = () => ({ status: 429, headers: { "retry-after-ms": "1" }, body: { error: { message: "quota" } } });
    const e = new OpenAIEmbedder(config({ EMBEDDING_DIMENSIONS: 8 }), undefined, { maxRetries: 2 });
    await expect(e.embedQuery("x")).rejects.toMatchObject({ name: "EmbedderError", kind: "rate_limited" });
    expect(fake.requests).toHaveLength(3);
  });

  it("reports a 401 as EmbedderError kind auth naming OPENAI_API_KEY, without retrying or echoing the key", async () => {
    handler = () => ({ status: 401, body: { error: { message: "Incorrect API key provided: sk-test", code: "invalid_api_key" } } });
    const err = await new OpenAIEmbedder(config()).embedDocuments(["x"]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmbedderError);
    expect((err as EmbedderError).kind).toBe("auth");
    expect((err as EmbedderError).message).toMatch(/OPENAI_API_KEY/);
    expect((err as EmbedderError).message).not.toContain("sk-test");
    expect(fake.requests).toHaveLength(1);
  });

  it("reports a wrong vector size as a configuration problem", async () => {
    handler = (req) => embeddingsOk({ ...req, body: { ...(req.body as EmbeddingsBody), dimensions: 4 } });
    await expect(new OpenAIEmbedder(config({ EMBEDDING_DIMENSIONS: 8 })).embedQuery("x")).rejects.toThrow(/returned 4 dimensions, expected 8/);
  });
});
