// Expected failures are values: a CoreError carries a stable `code` that each channel turns
// into a friendly, localised sentence. Its `message` is for logs only, never shown to users.

export const ERROR_CODES = [
  "not_found",
  "forbidden",
  "invalid_input",
  "illegal_transition",
  "already_done",
  "rate_limited",
  "conflict",
  "unavailable",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Safe, structured details a channel may use to phrase its answer (field names, limits). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "CoreError";
  }
}

export const isCoreError = (e: unknown): e is CoreError => e instanceof CoreError;

export type Result<T, E = CoreError> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
