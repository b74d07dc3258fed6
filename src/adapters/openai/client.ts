// One place that builds the OpenAI SDK client from configuration, so the parser and the
// embedder honour OPENAI_BASE_URL (any OpenAI-compatible server) the same way.
import OpenAI from "openai";
import type { Config } from "../../config.js";

export function createOpenAI(config: Pick<Config, "OPENAI_API_KEY" | "OPENAI_BASE_URL">, opts: { timeoutMs?: number; maxRetries?: number } = {}): OpenAI {
  if (!config.OPENAI_API_KEY) throw new Error("OPENAI_API_KEY is not set");
  return new OpenAI({
    apiKey: config.OPENAI_API_KEY,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}),
    maxRetries: opts.maxRetries ?? 2,
  });
}
