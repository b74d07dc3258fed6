// `npm run outbox [-- --json] [--limit N]`: deliveries waiting (pending) or given up (dead), with
// their last error. `npm run outbox -- --retry ID` re-queues a dead delivery with a fresh budget.
import { parseArgs } from "node:util";
import { limitArg, runScript, UsageError } from "./lib/runScript.js";
import { openAppDatabase } from "../src/adapters/db/appDatabase.js";
import { createLogger } from "../src/logger.js";
import { createOutboxAdmin, type OutboxRow } from "../src/adapters/db/outboxStore.js";

function when(d: Date, now: number): string {
  const s = Math.round((d.getTime() - now) / 1000);
  const abs = Math.abs(s);
  const txt = abs < 90 ? `${abs} s` : abs < 5400 ? `${Math.round(abs / 60)} min` : abs < 172_800 ? `${Math.round(abs / 3600)} h` : `${Math.round(abs / 86_400)} d`;
  return s > 0 ? `in ${txt}` : s === 0 ? "now" : `${txt} ago`;
}

function print(counts: Record<string, number>, rows: OutboxRow[]): void {
  const now = Date.now();
  console.log(`Outbox: ${counts.pending ?? 0} pending, ${counts.dead ?? 0} dead, ${counts.delivered ?? 0} delivered`);
  if (!rows.length) {
    console.log("Nothing waiting and nothing dead.");
    return;
  }
  console.log("");
  console.log(`${"status".padEnd(7)}  ${"id".padEnd(36)}  ${"platform".padEnd(10)}  ${"kind".padEnd(14)}  tries  ${"next / created".padEnd(16)}  last error`);
  for (const r of rows) {
    const timing =
      r.status === "dead" ? `made ${when(r.createdAt, now)}`
      : r.lockedUntil && r.lockedUntil.getTime() > now ? "delivering"
      : r.nextAttemptAt.getTime() <= now ? "due now"
      : when(r.nextAttemptAt, now);
    const error = (r.lastError ?? "").replace(/\s+/g, " ").slice(0, 120);
    console.log(`${r.status.padEnd(7)}  ${r.id.padEnd(36)}  ${r.platform.padEnd(10)}  ${r.kind.padEnd(14)}  ${String(r.attempts).padStart(5)}  ${timing.padEnd(16)}  ${error}`);
  }
  if (rows.some((r) => r.status === "dead")) console.log("\nRe-queue a dead delivery once its cause is fixed: npm run outbox -- --retry ID");
}

await runScript("outbox", async ({ config, argv }) => {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: "boolean", default: false }, retry: { type: "string" }, limit: { type: "string", default: "50" } },
  });
  const limit = limitArg(values.limit);
  const db = await openAppDatabase(config, createLogger("warn", { stderr: true }), { prisma: false });
  try {
    const admin = createOutboxAdmin(db);
    if (values.retry !== undefined) {
      const id = values.retry.trim();
      if (!id) throw new UsageError("--retry takes the id of a dead delivery (see npm run outbox)");
      if (!(await admin.retry(id))) {
        console.error(`outbox: no dead delivery with id ${id} (only dead deliveries can be retried)`);
        return 1;
      }
      console.log(`Re-queued ${id}: a running worker delivers it within moments.`);
      return 0;
    }
    const [counts, rows] = [await admin.counts(), await admin.list(["pending", "dead"], limit)];
    if (values.json) console.log(JSON.stringify({ counts, messages: rows }));
    else print(counts, rows);
  } finally {
    await db.close();
  }
});
