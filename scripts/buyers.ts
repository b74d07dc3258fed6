// `npm run buyers [-- --all] [--json] [--limit N]`: buyers flagged for review (a seller reported one
// of their leads as spam), with the reports; `--all` lists every buyer, flagged first.
// `npm run buyers -- --clear ID` clears a buyer's flag once reviewed, so they can use Caravan again.
import { parseArgs } from "node:util";
import { limitArg, runScript, UsageError } from "./lib/runScript.js";
import { openAppDatabase } from "../src/adapters/db/appDatabase.js";
import { createLogger } from "../src/logger.js";
import { createBuyerAdmin, type BuyerAdminRow } from "../src/adapters/db/buyerAdmin.js";

function print(counts: { total: number; active: number; flagged: number }, rows: BuyerAdminRow[], all: boolean): void {
  console.log(`Buyers: ${counts.total} (${counts.active} active, ${counts.flagged} flagged for review)`);
  if (!rows.length) {
    console.log(all ? "No buyers yet." : "Nobody is flagged for review.");
    return;
  }
  for (const b of rows) {
    const who = [b.name, b.username ? `@${b.username}` : null, b.company, b.country].filter(Boolean).join(" · ") || "(no name)";
    const state = b.flagged ? "FLAGGED" : b.active ? "active" : "inactive (blocked the bot)";
    console.log(`\n${b.id}  ${b.platform}:${b.externalId}  ${state}`);
    console.log(`  ${who}; ${b.requests} requests, ${b.introductions} introductions; since ${b.createdAt.toISOString().slice(0, 10)}`);
    for (const line of (b.flaggedNote ?? "").split("\n").filter(Boolean)) console.log(`  report: ${line.slice(0, 300)}`);
  }
  if (rows.some((b) => b.flagged)) console.log("\nOnce reviewed, let a buyer back in: npm run buyers -- --clear ID");
}

await runScript("buyers", async ({ config, argv }) => {
  const { values } = parseArgs({
    args: argv,
    options: { all: { type: "boolean", default: false }, json: { type: "boolean", default: false }, clear: { type: "string" }, limit: { type: "string", default: "50" } },
  });
  const limit = limitArg(values.limit);
  const db = await openAppDatabase(config, createLogger("warn", { stderr: true }), { prisma: false });
  try {
    const admin = createBuyerAdmin(db);
    if (values.clear !== undefined) {
      const id = values.clear.trim();
      if (!id) throw new UsageError("--clear takes the id of a flagged buyer (see npm run buyers)");
      if (!(await admin.clear(id))) {
        console.error(`buyers: no flagged buyer with id ${id} (npm run buyers lists them)`);
        return 1;
      }
      console.log(`Cleared ${id}: they can open requests and make introductions again.`);
      return 0;
    }
    const [counts, rows] = [await admin.counts(), await admin.list({ flaggedOnly: !values.all, limit })];
    if (values.json) console.log(JSON.stringify({ counts, buyers: rows }));
    else print(counts, rows, values.all);
  } finally {
    await db.close();
  }
});
