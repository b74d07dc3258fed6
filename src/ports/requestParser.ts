import type { StructuredRequest } from "../core/model.js";

export interface ParseOptions {
  /** Reference date (YYYY-MM-DD) against which relative deadlines are resolved. */
  now?: string;
}

/** Turns a buyer's free-text message into the structured request of CONTRACTS.md. */
export interface RequestParser {
  /** Name shown in logs and CLIs, e.g. "rules" or "openai:gpt-4.1-mini". */
  readonly name: string;
  /**
   * Parses `text`. Never throws for bad user input: unknown facts come back as null and
   * are listed in `missing`. The result has already been validated against the schema.
   */
  parse(text: string, options?: ParseOptions): Promise<StructuredRequest>;
}
