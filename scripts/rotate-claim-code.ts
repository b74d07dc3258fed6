// `npm run sellers:rotate-code -- "SELLER NAME" [--unlink]`: gives a seller a new Discord claim code
// (the old one stops working at once); --unlink also removes the Discord accounts linked with it.
import { parseArgs } from "node:util";
import { runScript, UsageError } from "./lib/runScript.js";
import { openAppDatabase } from "../src/adapters/db/appDatabase.js";
import { createLogger } from "../src/logger.js";
import { newClaimCode } from "../src/core/catalog/claimCode.js";

await runScript("sellers:rotate-code", async ({ config, argv }) => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { unlink: { type: "boolean", default: false } } });
  const name = positionals.join(" ").trim();
  if (!name) throw new UsageError('usage: npm run sellers:rotate-code -- "Seller name" [--unlink]');
  const db = await openAppDatabase(config, createLogger("warn"));
  try {
    const seller = await db.prisma.seller.findFirst({ where: { name: { equals: name, mode: "insensitive" } } });
    if (!seller) throw new UsageError(`no seller named "${name}" (see npm run sellers)`);
    const claimCode = newClaimCode();
    await db.prisma.seller.update({ where: { id: seller.id }, data: { claimCode } });
    const unlinked = values.unlink ? (await db.prisma.sellerMember.deleteMany({ where: { sellerId: seller.id, platform: "discord" } })).count : 0;
    console.log(`${seller.name}: new claim code ${claimCode}${values.unlink ? ` (${unlinked} Discord accounts unlinked)` : ""}`);
  } finally {
    await db.close();
  }
});
