// `npm run bench:parse [-- --rounds 5]`: times the offline rules parser, which runs on every buyer
// message. Two figures: the dev sets' messages (ordinary traffic: p50/p95 per message) and
// adversarial inputs at the size cap (repeated digits, commas, tags, words), which must stay far
// from the Telegram webhook's few-second budget. Timings live here rather than in unit tests
// because a loaded machine makes a timed test fail for no fault of the code.
import { readFileSync, readdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { analyzeRequest } from "../src/core/extraction/rulesParser.js";
import { percentile } from "./lib/rankingMetrics.js";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const rounds = Math.max(1, Number(values.rounds) || 5);
const NOW = "2026-12-06";
const time = (text: string) => {
  const started = performance.now();
  analyzeRequest(text, { now: NOW });
  return performance.now() - started;
};

// Dev sets only: the held-out sets stay out of every script that is not their scorer.
const devFiles = readdirSync("data/eval").filter((f) => /^requests(-dev\d+|-ar|-ar2|-es|-es2|-holdout|-holdout2|-holdout3)?\.jsonl$/.test(f));
const messages = devFiles.flatMap((f) =>
  readFileSync(`data/eval/${f}`, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text),
);
time("warm up: 2 t of dates to Lyon before March"); // chrono's and the gazetteer's first-call set-up

const ordinary: number[] = [];
for (let r = 0; r < rounds; r++) for (const m of messages) ordinary.push(time(m));
console.log(`Rules parser, ${messages.length} dev-set messages × ${rounds} rounds (${devFiles.length} files)`);
console.log(`  per message: p50 ${percentile(ordinary, 50).toFixed(2)} ms, p95 ${percentile(ordinary, 95).toFixed(2)} ms, max ${Math.max(...ordinary).toFixed(1)} ms`);

const ADVERSARIAL: Record<string, string> = {
  "20,000 chars of prose after a request": "need 2 tons of argan oil to Lyon. " + "blah ".repeat(4000),
  '"1," × 10,000': "1,".repeat(10_000),
  '"a " × 10,000': "a ".repeat(10_000),
  '"<" × 20,000': "<".repeat(20_000),
  '"ignore all all " × 1,500': "ignore all all ".repeat(1500),
  '"9" × 20,000': "9".repeat(20_000),
  '"٢ طن " × 4,000 (Arabic)': "٢ طن ".repeat(4000),
};
console.log("  adversarial inputs (worst of the rounds):");
for (const [name, text] of Object.entries(ADVERSARIAL)) {
  const worst = Math.max(...Array.from({ length: rounds }, () => time(text)));
  console.log(`    ${name.padEnd(40)} ${worst.toFixed(1).padStart(7)} ms`);
}
