// JSON Lines input/output for the batch CLIs: every bad line is reported with its number.
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";
import { UsageError } from "./runScript.js";

export async function* readJsonl(file: string): AsyncGenerator<{ line: number; value: unknown }> {
  if (!existsSync(file)) throw new UsageError(`${file}: file not found`);
  const rl = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    if (!text.trim()) continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch {
      throw new UsageError(`${file}:${line}: not valid JSON`);
    }
  }
}

export function jsonlWriter(file: string) {
  const out = createWriteStream(file, "utf8");
  return {
    async write(value: unknown) {
      if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, "drain");
    },
    async close() {
      out.end();
      await once(out, "finish");
    },
  };
}
