// What the playground channel is built from (its own file: the channel's modules import it without
// importing each other in a circle), and what its handlers use once built.
import type { CoreDeps } from "../../wiring.js";
import type { DealDeps } from "../../core/deals/deps.js";
import type { ConversationDeps } from "../../core/conversation/index.js";
import type { PlaygroundStore } from "../../ports/playgroundStore.js";
import type { Logger } from "../../logger.js";
import type { SellerCatalog } from "../../ports/sellerCatalog.js";

export interface PlaygroundDeps {
  core: CoreDeps;
  deals: DealDeps;
}

export interface PlaygroundRuntime {
  conversation: ConversationDeps;
  deals: DealDeps;
  store: PlaygroundStore;
  logger: Logger;
  /** The played seller's own catalog uploads (the desk's upload form). */
  catalog: SellerCatalog;
  /** The admins' deals report as a whole HTML page (GET /admin/stats). */
  statsReport: () => Promise<string>;
}
