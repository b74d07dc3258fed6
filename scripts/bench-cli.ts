// `npm run bench:cli [-- --runs 7] [--db pglite|postgres|both] [--url ADMIN_URL]`: how long each
// admin command takes from launch to exit, next to a bare `node --import tsx -e 1` measured in the
// same run. Commands run exactly as their npm scripts run them (node --import tsx scripts/X.ts),
// without npm's own start-up, round-robin so a busy moment on the machine hits every command
// alike; the figure is the median of --runs runs after one warm-up (which also migrates a fresh
// database). PGlite runs in a temporary directory; Postgres on a throw-away database.
// Wall time is what an admin waits, but on a shared machine it mostly measures the neighbours; the
// CPU time each command used (user + system, all its threads, read by /usr/bin/time when present)
// moves far less with the load, so both are printed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchAdminUrl, createBenchDatabase } from "./lib/benchDatabase.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" }, db: { type: "string", default: "both" }, url: { type: "string" } } });
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error("--runs takes a whole number ≥ 1");
if (!["pglite", "postgres", "both"].includes(values.db)) throw new Error("--db is pglite, postgres or both");

const root = path.resolve(import.meta.dirname, "..");
const COMMANDS: [string, string[]][] = [
  ["bare: node --import tsx -e 1", ["-e", "1"]],
  ["sellers", ["scripts/sellers.ts"]],
  ["outbox", ["scripts/outbox.ts"]],
  ["buyers", ["scripts/buyers.ts"]],
  ["stats", ["scripts/stats.ts"]],
  ["parse TEXT", ["scripts/parse.ts", "2 tonnes of organic argan oil to Rotterdam"]],
  ["match (usage)", ["scripts/match.ts"]],
];

const TIME = "/usr/bin/time";
const hasTime = existsSync(TIME);
const cpuFile = path.join(mkdtempSync(path.join(tmpdir(), "caravan-bench-cpu-")), "cpu");

/** Wall and CPU milliseconds of one run (CPU NaN without /usr/bin/time). */
function runOnce(args: string[], env: Record<string, string>): { wall: number; cpu: number } {
  const node = [process.execPath, "--import", "tsx", ...args];
  const [cmd, ...argv] = hasTime ? [TIME, "-f", "%U %S", "-o", cpuFile, ...node] : node;
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd!, argv, { cwd: root, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "warn", ...env }, stdio: "ignore", timeout: 120_000 });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) throw r.error;
  const [user, sys] = hasTime ? readFileSync(cpuFile, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number) : [NaN, NaN];
  return { wall, cpu: (user! + sys!) * 1000 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function measure(label: string, env: Record<string, string>): void {
  for (const [, args] of COMMANDS) runOnce(args, env); // warm-up: tsx's cache, migrations
  const walls = COMMANDS.map((): number[] => []);
  const cpus = COMMANDS.map((): number[] => []);
  for (let r = 0; r < RUNS; r++)
    COMMANDS.forEach(([, args], i) => {
      const t = runOnce(args, env);
      walls[i]!.push(t.wall);
      cpus[i]!.push(t.cpu);
    });
  const bare = median(walls[0]!);
  const bareCpu = median(cpus[0]!);
  console.log(`\n${label}: median of ${RUNS} runs`);
  console.log(`${"command".padEnd(30)}  ${"ms".padStart(7)}  × bare  ${"cpu ms".padStart(7)}  × bare cpu`);
  COMMANDS.forEach(([name], i) => {
    const ms = median(walls[i]!);
    const cpu = median(cpus[i]!);
    const cpuCols = hasTime ? `  ${cpu.toFixed(0).padStart(7)}  ${(cpu / bareCpu).toFixed(2)}` : "";
    console.log(`${name.padEnd(30)}  ${ms.toFixed(0).padStart(7)}  ${(ms / bare).toFixed(2).padStart(6)}${cpuCols}`);
  });
}

if (values.db !== "postgres") {
  const dir = mkdtempSync(path.join(tmpdir(), "caravan-bench-cli-"));
  try {
    measure("embedded PGlite", { CARAVAN_DATA_DIR: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (values.db !== "pglite") {
  const bench = await createBenchDatabase(benchAdminUrl(values.url), `caravan_bench_cli_${process.pid}`);
  try {
    measure("Postgres", { DATABASE_URL: bench.url });
  } finally {
    await bench.drop();
  }
}
