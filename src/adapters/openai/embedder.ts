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
import type * as Cl100k from "gpt-tokenizer/encoding/cl100k_base";

/** Native sizes; text-embedding-3-* can be shortened with `dimensions`. */
const NATIVE_DIMENSIONS: Record<string, number> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536,
};

export interface OpenAIEmbedderOptions {
  /** Inputs per request; the API allows 2048. */
  maxBatchInputs?: number;
  /** Tokens per request; the API allows 300,000. */
  maxBatchTokens?: number;
  /** Tokens per input; the embedding models accept 8192. Longer inputs are truncated, and said. */
  maxInputTokens?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  maxRetries?: number;
  timeoutMs?: number;
}

export const EMBEDDING_LIMITS = { inputs: 2048, inputTokens: 8192, requestTokens: 300_000 } as const;

// Tokens are counted with the models' own tokenizer (cl100k_base, for text-embedding-3-* and
// ada-002) from gpt-tokenizer: its tables ship in the package (no download), and it counts a
// 900-character product in ~0.1 ms, about 18 times faster than js-tiktoken here. It is loaded on
// first use, so nothing pays for it unless OpenAI embeddings are configured. A guess such as
// chars/4 let real catalog rows of 10,905–13,950 tokens through, and the API refused the batch.
type Tokenizer = typeof Cl100k;
let tokenizer: Promise<Tokenizer> | undefined;
const loadTokenizer = (): Promise<Tokenizer> => (tokenizer ??= import("gpt-tokenizer/encoding/cl100k_base"));

/** `text` within `max` tokens (cut at a token boundary, no broken character at the end) and its token count. */
export async function fitTokens(text: string, max: number): Promise<{ text: string; tokens: number; truncatedFrom?: number }> {
  const tk = await loadTokenizer();
  const within = tk.isWithinTokenLimit(text, max);
  if (within !== false) return { text, tokens: within };
  const all = tk.encode(text);
  const cut = tk.decode(all.slice(0, max)).replace(/\uFFFD+$/, "");
  return { text: cut, tokens: Math.min(max, tk.encode(cut).length), truncatedFrom: all.length };
}

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
      maxBatchInputs: Math.min(options.maxBatchInputs ?? EMBEDDING_LIMITS.inputs, EMBEDDING_LIMITS.inputs),
      maxBatchTokens: Math.min(options.maxBatchTokens ?? EMBEDDING_LIMITS.requestTokens, EMBEDDING_LIMITS.requestTokens),
      maxInputTokens: Math.min(options.maxInputTokens ?? EMBEDDING_LIMITS.inputTokens, EMBEDDING_LIMITS.inputTokens),
      concurrency: options.concurrency ?? 2,
    };
  }

  async embedQuery(text: string): Promise<Float32Array> {
    const [v] = await this.embedDocuments([text]);
    return v!;
  }

  async embedDocuments(texts: string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = new Array(texts.length);
    const batches = await this.batches(texts);
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

  /** Consecutive slices within the input-count and token budgets; over-long inputs truncated (and logged). */
  private async batches(texts: string[]): Promise<{ start: number; inputs: string[] }[]> {
    const out: { start: number; inputs: string[] }[] = [];
    const truncated: { index: number; tokens: number }[] = [];
    let current: string[] = [];
    let tokens = 0;
    let start = 0;
    for (let i = 0; i < texts.length; i++) {
      // The API rejects empty strings; a space embeds as "nothing in particular".
      const raw = texts[i]!.trim() === "" ? " " : texts[i]!;
      const fit = await fitTokens(raw, this.opts.maxInputTokens);
      if (fit.truncatedFrom !== undefined) truncated.push({ index: i, tokens: fit.truncatedFrom });
      if (current.length > 0 && (current.length >= this.opts.maxBatchInputs || tokens + fit.tokens > this.opts.maxBatchTokens)) {
        out.push({ start, inputs: current });
        current = [];
        tokens = 0;
        start = i;
      }
      current.push(fit.text);
      tokens += fit.tokens;
    }
    if (current.length > 0) out.push({ start, inputs: current });
    if (truncated.length)
      this.logger?.warn(
        { inputs: truncated.length, maxTokens: this.opts.maxInputTokens, longest: Math.max(...truncated.map((t) => t.tokens)), first: truncated.slice(0, 5) },
        `${truncated.length} embedding input(s) over ${this.opts.maxInputTokens} tokens were truncated to fit the model: the end of those products' text is not in their vector`,
      );
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
