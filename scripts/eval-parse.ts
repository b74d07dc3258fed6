// npm run eval:parse [-- --file F] [-- --json]: accuracy of the OFFLINE rules parser on the
// labeled dev set, per field and overall, then every failure. Exit 0 unless the file is unreadable.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { analyzeRequest } from "../src/core/extraction/rulesParser.js";
import type { StructuredRequest } from "../src/core/model.js";

const FIELDS = ["product", "quantity", "targetPrice", "incoterm", "destination", "deadline", "certifications", "language", "missing"] as const;
type Field = (typeof FIELDS)[number];

interface Line {
  id: string;
  now?: string;
  text: string;
  expected: StructuredRequest;
}

/** Lowercase, no accents, no punctuation, single spaces: the product comparison of the README. */
export const normalizeForCompare = (s: string | null | undefined): string | null =>
  s == null ? null : s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function equal(field: Field, expected: unknown, got: unknown): boolean {
  if (field === "product") return normalizeForCompare(expected as string | null) === normalizeForCompare(got as string | null);
  if (field === "certifications") {
    const a = [...((expected as string[]) ?? [])].sort();
    const b = [...((got as string[]) ?? [])].sort();
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return JSON.stringify(expected ?? null) === JSON.stringify(got ?? null);
}

function readLines(file: string): Line[] {
  const raw = readFileSync(file, "utf8");
  const out: Line[] = [];
  raw.split(/\r?\n/).forEach((text, i) => {
    if (!text.trim()) return;
    try {
      const v = JSON.parse(text) as Line;
      if (typeof v.text !== "string" || !v.expected) throw new Error("needs \"text\" and \"expected\"");
      out.push(v);
    } catch (e) {
      console.error(`${file}:${i + 1}: skipped (${e instanceof Error ? e.message : String(e)})`);
    }
  });
  return out;
}

const { values } = parseArgs({ options: { file: { type: "string" }, json: { type: "boolean" } } });
const file = values.file ?? "data/eval/requests.jsonl";
let lines: Line[];
try {
  lines = readLines(file);
} catch (e) {
  console.error(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

const right: Record<Field, number> = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
const failures: { id: string; field: Field; expected: unknown; got: unknown }[] = [];
let allRight = 0;
for (const line of lines) {
  const got = analyzeRequest(line.text, line.now ? { now: line.now } : {}).request;
  let ok = true;
  for (const f of FIELDS) {
    if (equal(f, line.expected[f], got[f])) right[f]++;
    else {
      ok = false;
      failures.push({ id: line.id, field: f, expected: line.expected[f] ?? null, got: got[f] ?? null });
    }
  }
  if (ok) allRight++;
}

const pct = (n: number) => (lines.length ? ((100 * n) / lines.length).toFixed(1) : "0.0").padStart(5) + "%";
if (values.json) {
  console.log(JSON.stringify({ lines: lines.length, fields: right, overall: allRight, failures }, null, 2));
} else {
  console.log(`Rules parser on ${file} (${lines.length} requests)\n`);
  console.log("field           right   accuracy");
  for (const f of FIELDS) console.log(`${f.padEnd(15)} ${String(right[f]).padStart(5)}   ${pct(right[f])}`);
  console.log(`${"overall".padEnd(15)} ${String(allRight).padStart(5)}   ${pct(allRight)}   (every field right)\n`);
  if (failures.length === 0) console.log("No failures.");
  else {
    console.log(`Failures (${failures.length}):`);
    for (const x of failures) console.log(`  ${x.id.padEnd(6)} ${x.field.padEnd(15)} expected ${JSON.stringify(x.expected)}  got ${JSON.stringify(x.got)}`);
  }
}
