// Shared by the extraction tests: parse with the offline rules at a fixed reference date.
import { analyzeRequest } from "../../../src/core/extraction/rulesParser.js";
import type { StructuredRequest } from "../../../src/core/model.js";

export const NOW = "2026-11-22";

export const parse = (text: string, now = NOW): StructuredRequest => analyzeRequest(text, { now }).request;
