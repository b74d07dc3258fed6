// Exponential backoff with full jitter for Pinecone calls. Pinecone's SDK does not expose the
// HTTP status on every error (429 arrives as a PineconeUnmappedHttpError whose message says
// "Status: 429"), so retryability is read from the error's class and message.

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  onRetry?: (err: Error, attempt: number, delayMs: number) => void;
}

const RETRYABLE_NAMES = new Set([
  "PineconeInternalServerError",
  "PineconeUnavailableError",
  "PineconeConnectionError",
  "PineconeRequestError",
  "PineconeMaxRetriesExceededError",
  "PineconeTimeoutError",
]);

export function isRetryable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  if (RETRYABLE_NAMES.has(e.name)) return true;
  if (e.name === "PineconeUnmappedHttpError") return /Status: (429|408|5\d\d)\b/.test(e.message);
  // fetch's own network failures, should one escape the SDK unwrapped.
  return e.name === "TypeError" && /fetch failed/i.test(e.message);
}

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 5;
  const base = options.baseDelayMs ?? 250;
  const max = options.maxDelayMs ?? 10_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= retries || !isRetryable(e)) throw e;
      // Full jitter: a random delay up to the exponential cap, so clients retrying together spread out.
      const delayMs = Math.round(Math.random() * Math.min(max, base * 2 ** attempt));
      options.onRetry?.(e as Error, attempt + 1, delayMs);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
