// LLM prompts live as Markdown in prompts/ at the repository root, loaded by name, so they are
// reviewed like code and changed without touching TypeScript.
import { readFileSync } from "node:fs";
import path from "node:path";

/** The repository's prompts/ folder (src/adapters/openai → ../../../prompts). */
export const PROMPTS_DIR = path.resolve(import.meta.dirname, "../../../prompts");

const cache = new Map<string, string>();

export class PromptNotFoundError extends Error {
  constructor(readonly promptName: string, cause?: unknown) {
    super(`Prompt "${promptName}" not found in ${PROMPTS_DIR}`, { cause });
    this.name = "PromptNotFoundError";
  }
}

/** Reads prompts/NAME.md once and caches it. Names are plain ("extract-request"), never paths. */
export function loadPrompt(name: string, dir: string = PROMPTS_DIR): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new PromptNotFoundError(name);
  const file = path.join(dir, `${name}.md`);
  const hit = cache.get(file);
  if (hit !== undefined) return hit;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new PromptNotFoundError(name, e);
  }
  cache.set(file, text);
  return text;
}
