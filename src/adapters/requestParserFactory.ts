// Picks the request parser from configuration: OpenAI (with the rules parser as its fallback)
// when OPENAI_API_KEY is set, otherwise the offline rules parser. The choice is logged once.
import type { Config } from "../config.js";
import { createRulesParser } from "../core/extraction/rulesParser.js";
import { silentLogger, type Logger } from "../logger.js";
import type { RequestParser } from "../ports/requestParser.js";
import { LazyRequestParser } from "./lazyAdapters.js";

type ParserConfig = Pick<Config, "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "LLM_MODEL" | "LLM_TIMEOUT_MS">;

/** A base URL without any user:password part, fit for logs. */
function safeUrl(url: string | undefined): string {
  if (!url) return "default";
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "invalid";
  }
}

export function createRequestParser(config: ParserConfig, logger: Logger = silentLogger): RequestParser {
  const rules = createRulesParser();
  if (!config.OPENAI_API_KEY) {
    logger.warn({ parser: rules.name }, "OPENAI_API_KEY is not set: requests are parsed by the offline rules parser");
    return rules;
  }
  const apiKey = config.OPENAI_API_KEY;
  // The OpenAI SDK is loaded only now that it is configured (see lazyAdapters.ts).
  const parser = new LazyRequestParser(`openai:${config.LLM_MODEL}`, async () => {
    const [{ createOpenAI }, { OpenAIRequestParser }] = await Promise.all([import("./openai/client.js"), import("./openai/requestParser.js")]);
    const client = createOpenAI(config, { timeoutMs: config.LLM_TIMEOUT_MS, maxRetries: 1 });
    return new OpenAIRequestParser({ client, model: config.LLM_MODEL, fallback: rules, logger, timeoutMs: config.LLM_TIMEOUT_MS, apiKey });
  });
  logger.info(
    { parser: parser.name, baseURL: safeUrl(config.OPENAI_BASE_URL), timeoutMs: config.LLM_TIMEOUT_MS },
    "Requests are parsed by OpenAI, with the rules parser as fallback",
  );
  return parser;
}
