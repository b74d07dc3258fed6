// Embedder on OpenAI's embeddings API (or any OpenAI-compatible server via OPENAI_BASE_URL).
//
// Retries: the SDK's own (maxRetries) rather than a wrapper such as p-retry. It already retries
// exactly the failures worth retrying (connection errors, 408, 409, 429, 5xx), backs off
// exponentially from 0.5 s to 8 s with jitter, and obeys Retry-After / retry-after-ms, which a
// generic wrapper would not see. What is left for us is batching within the API's limits and
// turning the final failure into an EmbedderError a caller can act on.
import OpenAI from "openai";
import type { Config } from "../../config.js";
import { EmbedderError, type Embedder } from "../../ports/embedder.js";
import type { Logger } from "../../logger.js";
import { createOpenAI } from "./client.js";

/** Native sizes; text-embedding-3-* can be shortened with `dimensions`. */
const NATIVE_DIMENSIONS: Record<string, number> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536,
};

export interface OpenAIEmbedderOptions {
  /** Inputs per request; the API allows 2048. */
  maxBatchInputs?: number;
  /** Estimated tokens per request; the API allows 300,000 (kept under it: the estimate is rough). */
  maxBatchTokens?: number;
  /** Estimated tokens per input (the models accept 8192 real ones). Longer inputs are truncated. */
  maxInputTokens?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  maxRetries?: number;
  timeoutMs?: number;
}

// Tokens are estimated as chars/4, the rule of thumb for English. French, digits and codes
// tokenize denser (down to ~3 chars a token), so the defaults keep that margin: 200k estimated
// tokens a request (the API allows 300k) and 6,000 estimated tokens (24k chars) an input.
const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

export class OpenAIEmbedder implements Embedder {
  readonly model: string;
  readonly dimensions: number;
  private readonly client: OpenAI;
  private readonly apiModel: string;
  private readonly requestDimensions: number | undefined;
  private readonly opts: Required<Omit<OpenAIEmbedderOptions, "timeoutMs" | "maxRetries">>;

  constructor(
    config: Pick<Config, "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "EMBEDDING_MODEL" | "EMBEDDING_DIMENSIONS">,
    private readonly logger?: Logger,
    options: OpenAIEmbedderOptions = {},
  ) {
    this.client = createOpenAI(config, { timeoutMs: options.timeoutMs ?? 60_000, maxRetries: options.maxRetries ?? 6 });
    this.apiModel = config.EMBEDDING_MODEL;
    const native = NATIVE_DIMENSIONS[this.apiModel];
    const dims = config.EMBEDDING_DIMENSIONS ?? native;
    if (dims === undefined)
      throw new Error(`EMBEDDING_DIMENSIONS: required for model "${this.apiModel}" (its vector size is not known to Caravan)`);
    this.dimensions = dims;
    // Sent only when asked for: ada-002 and many compatible servers reject the parameter.
    this.requestDimensions = config.EMBEDDING_DIMENSIONS;
    // A shortened vector is a different space from the full one: name them apart.
    this.model = `openai:${this.apiModel}${native !== undefined && dims === native ? "" : `@${dims}`}`;
    this.opts = {
      maxBatchInputs: options.maxBatchInputs ?? 2048,
      maxBatchTokens: options.maxBatchTokens ?? 200_000,
      maxInputTokens: options.maxInputTokens ?? 6_000,
      concurrency: options.concurrency ?? 2,
    };
  }

  async embedQuery(text: string): Promise<Float32Array> {
    const [v] = await this.embedDocuments([text]);
    return v!;
  }

  async embedDocuments(texts: string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = new Array(texts.length);
    const batches = this.batches(texts);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        const vectors = await this.request(batch.inputs);
        vectors.forEach((v, i) => (out[batch.start + i] = v));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.opts.concurrency, batches.length) }, worker));
    return out;
  }

  /** Consecutive slices within the input-count and token budgets; over-long inputs truncated. */
  private batches(texts: string[]): { start: number; inputs: string[] }[] {
    const maxChars = this.opts.maxInputTokens * 4;
    const out: { start: number; inputs: string[] }[] = [];
    let current: string[] = [];
    let tokens = 0;
    let start = 0;
    texts.forEach((raw, i) => {
      let text = raw.length > maxChars ? raw.slice(0, maxChars) : raw;
      if (raw.length > maxChars) this.logger?.debug({ index: i, chars: raw.length }, "embedding input truncated");
      // The API rejects empty strings; a space embeds as "nothing in particular".
      if (text.trim() === "") text = " ";
      const t = estimateTokens(text);
      if (current.length > 0 && (current.length >= this.opts.maxBatchInputs || tokens + t > this.opts.maxBatchTokens)) {
        out.push({ start, inputs: current });
        current = [];
        tokens = 0;
        start = i;
      }
      current.push(text);
      tokens += t;
    });
    if (current.length > 0) out.push({ start, inputs: current });
    return out;
  }

  private async request(inputs: string[]): Promise<Float32Array[]> {
    let response: OpenAI.Embeddings.CreateEmbeddingResponse;
    try {
      response = await this.client.embeddings.create({
        model: this.apiModel,
        input: inputs,
        ...(this.requestDimensions !== undefined ? { dimensions: this.requestDimensions } : {}),
      });
    } catch (e) {
      throw toEmbedderError(e, this.apiModel);
    }
    const vectors: Float32Array[] = new Array(inputs.length);
    for (const item of response.data) {
      const values = Float32Array.from(item.embedding);
      if (values.length !== this.dimensions)
        throw new EmbedderError(
          `${this.apiModel} returned ${values.length} dimensions, expected ${this.dimensions}: set EMBEDDING_DIMENSIONS to match the model`,
          "bad_request",
        );
      vectors[item.index] = normalize(values);
    }
    for (let i = 0; i < inputs.length; i++)
      if (!vectors[i]) throw new EmbedderError(`embeddings response is missing input ${i}`, "unavailable");
    return vectors;
  }
}

function normalize(v: Float32Array): Float32Array {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
  if (norm > 0 && Math.abs(norm - 1) > 1e-6) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < v.length; i++) v[i]! *= inv;
  }
  return v;
}

/** The failure left after the SDK's retries, as a kind the caller can act on. Never echoes the key. */
export function toEmbedderError(e: unknown, model: string): EmbedderError {
  if (e instanceof EmbedderError) return e;
  if (e instanceof OpenAI.AuthenticationError)
    return new EmbedderError("OpenAI rejected the API key (401): check OPENAI_API_KEY, or unset it to use the offline embedder", "auth");
  if (e instanceof OpenAI.PermissionDeniedError)
    return new EmbedderError(`OpenAI refused access to ${model} (403): check that OPENAI_API_KEY's project may use this model`, "auth");
  if (e instanceof OpenAI.RateLimitError)
    return new EmbedderError("OpenAI embeddings rate limit or quota exceeded (429) after retries", "rate_limited");
  if (e instanceof OpenAI.APIConnectionError)
    return new EmbedderError(`OpenAI embeddings unreachable: ${e.message}`, "unavailable");
  if (e instanceof OpenAI.APIError) {
    const status = e.status ?? 0;
    if (status >= 500 || status === 408 || status === 409)
      return new EmbedderError(`OpenAI embeddings failed with ${status} after retries`, "unavailable");
    return new EmbedderError(`OpenAI embeddings request rejected (${status}) for model ${model}: ${e.message}`, "bad_request");
  }
  return new EmbedderError(`OpenAI embeddings failed: ${e instanceof Error ? e.message : String(e)}`, "unavailable");
}
