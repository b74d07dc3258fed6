// OpenAI's embeddings endpoint as strict as the real one: at most 2048 inputs, 8192 tokens per
// input and 300,000 tokens per request (counted with the models' tokenizer, cl100k_base), no
// empty strings; refusals carry the API's status and message shape. Answers deterministic
// vectors, base64 when asked, out of order (clients must place them by `index`).
import { encode } from "gpt-tokenizer/encoding/cl100k_base";
import type { FakeResponse, RecordedRequest } from "./fakeHttp.js";

export interface EmbeddingsBody {
  model: string;
  input: string | string[];
  dimensions?: number;
  encoding_format?: string;
}

/** Base64 of little-endian float32, as the API answers when the SDK asks for encoding_format=base64. */
const b64 = (xs: number[]): string => Buffer.from(new Float32Array(xs).buffer).toString("base64");

/** A deterministic vector per input, not normalised (so a client's normalisation shows). */
export const fakeVector = (text: string, d: number): number[] => Array.from({ length: d }, (_, i) => ((text.length + i) % 5) + 1);

const invalid = (message: string): FakeResponse => ({ status: 400, body: { error: { message, type: "invalid_request_error", param: "input", code: null } } });

export function strictEmbeddings(req: RecordedRequest): FakeResponse {
  const body = req.body as EmbeddingsBody;
  const inputs = typeof body.input === "string" ? [body.input] : body.input;
  if (!Array.isArray(inputs) || inputs.length === 0) return invalid("'input' : input must be a non-empty string or array");
  if (inputs.length > 2048) return invalid(`'$.input' is invalid: array of ${inputs.length} items, at most 2048 allowed`);
  let total = 0;
  for (const t of inputs) {
    if (typeof t !== "string" || t === "") return invalid("'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.");
    const n = encode(t).length;
    if (n > 8192)
      return invalid(`This model's maximum context length is 8192 tokens, however you requested ${n} tokens (${n} in your prompt; 0 for the completion). Please reduce your prompt; or completion length.`);
    total += n;
  }
  if (total > 300_000) return invalid(`Requested ${total} tokens, max 300000 tokens per request`);
  const d = body.dimensions ?? 1536;
  return {
    body: {
      object: "list",
      model: body.model,
      data: inputs
        .map((t, index) => ({ object: "embedding", index, embedding: body.encoding_format === "base64" ? b64(fakeVector(t, d)) : fakeVector(t, d) }))
        .reverse(),
      usage: { prompt_tokens: total, total_tokens: total },
    },
  };
}
