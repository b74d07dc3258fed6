// Builds the app's dependencies from configuration: the one place that decides which adapter
// (real or offline) serves each port. The matching and catalog part (coreDeps.ts) is shared with
// the scripts, so the CLIs behave exactly like the running bot.
import type { DealDeps } from "./core/deals/deps.js";
import type { ConversationDeps } from "./core/conversation/index.js";
import type { CoreDeps } from "./coreDeps.js";
import { createChatStore } from "./adapters/db/chatStore.js";
import { createBuyerStore } from "./adapters/db/buyerStore.js";
import { createRequestStore } from "./adapters/db/requestStore.js";
import { createMatchStore } from "./adapters/db/matchStore.js";
import { createPlaygroundStore } from "./adapters/db/playgroundStore.js";
import type { PlaygroundStore } from "./ports/playgroundStore.js";
import { createUpdateLog } from "./adapters/db/updateLog.js";
import type { UpdateLog } from "./ports/updateLog.js";
import type { BuyerStore } from "./ports/buyerStore.js";
import type { Platform } from "./core/deals/types.js";
import type { SellerCatalog } from "./ports/sellerCatalog.js";
import { createCatalogImportStore } from "./adapters/db/catalogImportStore.js";

export { buildCoreDeps, type CoreDeps } from "./coreDeps.js";

/** The buyer conversation's deps: the core's matching deps, the deals core and the Prisma stores behind its ports. */
export function buildConversationDeps(core: CoreDeps, deals: DealDeps): ConversationDeps {
  return {
    match: core, deals, logger: core.logger,
    chats: createChatStore(core.db), buyers: createBuyerStore(core.db), requests: createRequestStore(core.db), matches: createMatchStore(core.db),
  };
}

export const buildPlaygroundStore = (core: CoreDeps): PlaygroundStore => createPlaygroundStore(core.db);

/** The redelivery log of a chat platform's updates (Telegram's update_id). */
export const buildUpdateLog = (core: CoreDeps, platform: Platform): UpdateLog => createUpdateLog(core.db, platform);

/** Buyer records, for channels that learn something about a buyer while delivering (blocked the bot). */
export const buildBuyerStore = (core: CoreDeps): BuyerStore => createBuyerStore(core.db);

/**
 * Sellers' self-service catalog uploads (Discord /catalog, the playground desk): the seed path of
 * `npm run seed` (same store, embedder, index) with the import reports on the same database. The
 * file readers (CSV, spreadsheet, shop-export converters) load on the first upload, not at start.
 */
export function buildSellerCatalog(core: CoreDeps): SellerCatalog {
  let built: Promise<SellerCatalog> | null = null;
  const get = () =>
    (built ??= import("./adapters/catalog/sellerCatalogService.js").then(({ createSellerCatalog }) =>
      createSellerCatalog({
        seed: core, imports: createCatalogImportStore(core.db), clock: core.clock,
        onChanged: async () => (core.catalog as { refresh?: () => Promise<void> }).refresh?.(),
      })));
  return { upload: async (input) => (await get()).upload(input), status: async (sellerId) => (await get()).status(sellerId) };
}
