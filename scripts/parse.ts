// npm run parse -- [--now YYYY-MM-DD] "TEXT"
// npm run parse -- --batch IN.jsonl --out OUT.jsonl [--now YYYY-MM-DD]
// Prints the structured request of CONTRACTS.md. Uses OpenAI when OPENAI_API_KEY is set (with the
// rules parser as fallback), else the offline rules parser. Bad input: one clear line, exit 1.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createLogger } from "../src/logger.js";
import { createRequestParser } from "../src/adapters/requestParserFactory.js";
import { ConfigError, loadConfig } from "../src/config.js";
import { parseIsoDate } from "../src/core/extraction/dates.js";
import type { RequestParser } from "../src/ports/requestParser.js";

class UsageError extends Error {}

const USAGE = `usage: npm run parse -- [--now YYYY-MM-DD] "TEXT"
       npm run parse -- --batch IN.jsonl --out OUT.jsonl [--now YYYY-MM-DD]`;
const CONCURRENCY = 4;

interface BatchLine {
  id: string | number;
  text: string;
  now?: string;
}

function checkDate(value: string | undefined, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !parseIsoDate(value)) throw new UsageError(`${where}: must be a date like 2026-11-22, got ${JSON.stringify(value)}`);
  return value;
}

function readBatch(file: string): BatchLine[] {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: ${code === "ENOENT" ? "file not found" : `cannot read (${code ?? "error"})`}`);
  }
  const lines: BatchLine[] = [];
  raw.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((text, i) => {
    if (!text.trim()) return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new UsageError(`${where}: not valid JSON`);
    }
    const v = value as Partial<BatchLine> | null;
    if (!v || typeof v !== "object" || Array.isArray(v)) throw new UsageError(`${where}: expected an object {"id","text"}`);
    if (typeof v.id !== "string" && typeof v.id !== "number") throw new UsageError(`${where}: "id" must be a string or a number`);
    if (typeof v.text !== "string") throw new UsageError(`${where}: "text" must be a string`);
    lines.push({ id: v.id, text: v.text, now: checkDate(v.now, `${where}: "now"`) });
  });
  return lines;
}

async function runBatch(parser: RequestParser, input: string, output: string, now: string | undefined): Promise<number> {
  const lines = readBatch(input);
  const results: string[] = new Array<string>(lines.length);
  let next = 0;
  const worker = async () => {
    while (next < lines.length) {
      const k = next++;
      const line = lines[k] as BatchLine;
      const when = line.now ?? now;
      const request = await parser.parse(line.text, when ? { now: when } : {});
      results[k] = JSON.stringify({ id: line.id, request });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, lines.length) }, worker));
  try {
    writeFileSync(output, results.map((r) => `${r}\n`).join(""), "utf8");
  } catch (e) {
    throw new UsageError(`${output}: cannot write (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return lines.length;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { now: { type: "string" }, batch: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const now = checkDate(values.now, "--now");
  const config = loadConfig();
  // Logs go to stderr so that stdout stays pure JSON.
  const logger = createLogger(config.LOG_LEVEL, { stderr: true });
  const parser = createRequestParser(config, logger);

  if (values.batch !== undefined || values.out !== undefined) {
    if (!values.batch || !values.out) throw new UsageError(`--batch and --out go together\n${USAGE}`);
    if (positionals.length > 0) throw new UsageError(`give either TEXT or --batch, not both\n${USAGE}`);
    const count = await runBatch(parser, values.batch, values.out, now);
    console.error(`Parsed ${count} request${count === 1 ? "" : "s"} with ${parser.name} → ${values.out}`);
    return;
  }
  if (positionals.length === 0) throw new UsageError(`missing TEXT\n${USAGE}`);
  const request = await parser.parse(positionals.join(" "), now ? { now } : {});
  console.log(JSON.stringify(request, null, 2));
}

main().catch((e: unknown) => {
  if (e instanceof UsageError || e instanceof ConfigError) console.error(e.message);
  else console.error(`parse failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
