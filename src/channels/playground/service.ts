// The playground channel: seeds the demo catalog into an empty database (in the background, so the
// page is up at once and says when search is ready), serves the page on 127.0.0.1, and registers
// as the outbox channel for platform "playground".
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Server } from "node:http";
import type { Service } from "../../service.js";
import type { Logger } from "../../logger.js";
import type { ChannelDelivery } from "../../ports/outbox.js";
import { openCatalog } from "../../adapters/catalog/readCatalog.js";
import { rowIssuesText } from "../../adapters/catalog/issueText.js";
import { seedCatalog } from "../../core/catalog/seedCatalog.js";
import { buildConversationDeps, buildPlaygroundStore, buildSellerCatalog } from "../../wiring.js";
import type { PlaygroundDeps, PlaygroundRuntime } from "./deps.js";
import { createEventHub } from "./events.js";
import { createPlaygroundDelivery } from "./delivery.js";
import { createPlaygroundServer } from "./server.js";
import { loadStatsReport, renderStatsReport } from "../../adapters/report/statsReport.js";

export const DEMO_CATALOG_DIR = path.resolve(import.meta.dirname, "../../../data/catalogs");

export interface PlaygroundOptions {
  port: number;
  host?: string;
  /** Catalog files seeded when the Product table is empty (default: every CSV in data/catalogs). */
  demoCatalogs?: string[];
}

export interface PlaygroundChannel {
  service: Service;
  delivery: ChannelDelivery;
  /** The address once started. */
  url(): string;
}

async function demoFiles(opts: PlaygroundOptions): Promise<string[]> {
  if (opts.demoCatalogs) return opts.demoCatalogs;
  const names = await readdir(DEMO_CATALOG_DIR).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(".csv")).sort().map((n) => path.join(DEMO_CATALOG_DIR, n));
}

export function createPlaygroundChannel(deps: PlaygroundDeps & { logger: Logger }, opts: PlaygroundOptions): PlaygroundChannel {
  const log = deps.logger.child({ component: "playground" });
  const rt: PlaygroundRuntime = { conversation: { ...buildConversationDeps(deps.core, deps.deals), logger: log }, deals: deps.deals, store: buildPlaygroundStore(deps.core), logger: log,
    catalog: buildSellerCatalog(deps.core),
    statsReport: async () => renderStatsReport(await loadStatsReport(deps.core.db)) };
  const hub = createEventHub();
  let ready = false;
  let stopping = false;
  let seeding: Promise<void> | null = null;
  let server: Server | null = null;
  let address = "";

  // Ends the row stream at shutdown, so stop() waits for one batch, not a whole file.
  async function* untilStopped<T>(rows: AsyncIterable<T>): AsyncGenerator<T> {
    for await (const row of rows) {
      if (stopping) return;
      yield row;
    }
  }

  const seedDemo = async () => {
    const files = await demoFiles(opts);
    log.info({ files: files.map((f) => path.basename(f)) }, "Product table is empty: seeding the demo catalog (first start only, a few seconds)…");
    const started = Date.now();
    let products = 0;
    for (const file of files) {
      if (stopping) break;
      const reader = await openCatalog(file);
      const r = await seedCatalog(deps.core, async () => untilStopped(reader.rows), { batchSize: 200 });
      products += r.created + r.updated;
      for (const p of r.problems) log.warn(`${path.basename(file)}:${p.line}: ${rowIssuesText(p.issues)}`);
    }
    if (stopping) {
      log.warn("demo catalog seeding interrupted by shutdown; run npm run seed -- data/catalogs/*.csv to complete it");
      return;
    }
    await (deps.core.catalog as { refresh?: () => Promise<void> }).refresh?.();
    log.info({ products, ms: Date.now() - started }, "demo catalog seeded: the playground can search now");
  };

  const service: Service = {
    name: "playground",
    async start() {
      const empty = (await rt.store.productCount()) === 0;
      if (empty) {
        seeding = seedDemo()
          .then(() => void (ready = true))
          .catch((e: unknown) => log.error({ err: e }, "seeding the demo catalog failed; run npm run seed -- data/catalogs/*.csv"));
      } else ready = true;
      const srv = createPlaygroundServer({ deps: rt, hub, ready: () => ready }, log);
      const host = opts.host ?? "127.0.0.1";
      await new Promise<void>((resolve, reject) => {
        srv.once("error", (e: NodeJS.ErrnoException) =>
          reject(e.code === "EADDRINUSE" ? new Error(`Playground: port ${opts.port} on ${host} is already in use; set PORT to another port`) : e));
        srv.listen(opts.port, host, () => resolve());
      });
      server = srv;
      const a = srv.address();
      address = `http://${host}:${typeof a === "object" && a ? a.port : opts.port}`;
      log.info(`Playground: ${address}`);
    },
    async stop() {
      stopping = true;
      hub.closeAll();
      const srv = server;
      server = null;
      if (srv) {
        srv.closeIdleConnections();
        await new Promise<void>((resolve) => srv.close(() => resolve()));
      }
      await seeding;
    },
  };
  return { service, delivery: createPlaygroundDelivery(rt, hub), url: () => address };
}
