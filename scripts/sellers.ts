// `npm run sellers [-- --json]`: sellers with product counts and Discord claim codes.
import { parseArgs } from "node:util";
import { runScript } from "./lib/runScript.js";
import { openAppDatabase } from "../src/adapters/db/appDatabase.js";
import { createCatalogStore } from "../src/adapters/db/catalogStore.js";
import { createLogger } from "../src/logger.js";
import { spreadsheetSafe } from "../src/core/catalog/codes.js";

await runScript("sellers", async ({ config, argv }) => {
  const { values } = parseArgs({ args: argv, options: { json: { type: "boolean", default: false } } });
  const db = await openAppDatabase(config, createLogger("warn", { stderr: true }), { prisma: false });
  try {
    const sellers = await createCatalogStore(db).listSellers();
    if (values.json) {
      console.log(JSON.stringify(sellers.map((s) => ({ seller: s.seller, claimCode: s.claimCode, products: s.products }))));
      return;
    }
    if (!sellers.length) {
      console.log("No sellers yet. Import a catalog with: npm run seed -- data/catalogs/*.csv");
      return;
    }
    const w = Math.min(48, Math.max(6, ...sellers.map((s) => s.seller.length)));
    console.log(`${"seller".padEnd(w)}  country  products  claim code`);
    for (const s of sellers) {
      const name = spreadsheetSafe(s.seller);
      console.log(`${(name.length > w ? `${name.slice(0, w - 1)}…` : name).padEnd(w)}  ${(s.country ?? "—").padEnd(7)}  ${String(s.products).padStart(8)}  ${s.claimCode}`);
    }
    console.log(`${sellers.length} sellers, ${sellers.reduce((a, s) => a + s.products, 0)} products`);
  } finally {
    await db.close();
  }
});
