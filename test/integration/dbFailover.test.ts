// A Postgres restart or failover, simulated by terminating every backend of the app's database:
// the process stays up, the pool and the LISTEN connection come back, and matching, deal
// transactions and outbox deliveries (woken by NOTIFY, not by the poll) work again afterwards.
// Needs real Postgres: PGlite has no backends to terminate.
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabaseEnv, usingPostgres, type TestDb } from "../helpers/testDb.js";
import { freePort } from "../helpers/freePort.js";
import { terminateBackends } from "../helpers/pgFaults.js";
import { HEADER, row, tempDir, writeFile } from "../helpers/catalogFiles.js";
import { configFrom } from "../../src/config.js";
import { createApp, type App } from "../../src/app.js";
import { openCatalog } from "../../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../../src/core/catalog/seedCatalog.js";
import { matchText } from "../../src/core/matching/matchRequest.js";
import { createMatchStore } from "../../src/adapters/db/matchStore.js";
import type { OutboxDraft } from "../../src/ports/outbox.js";
import { FakeChannel, seedDeal, waitFor } from "./deals/fixtures.js";

const SKIP = "needs TEST_DATABASE_URL=postgresql://… (real Postgres backends to terminate); skipped on PGlite";

describe.skipIf(!usingPostgres())(`database failover (${SKIP})`, { timeout: 120_000 }, () => {
  let t: TestDb | null;
  let url: string;
  let app: App;
  const logs: { msg?: string; level: number }[] = [];
  const channel = new FakeChannel("playground");
  let n = 0;

  beforeAll(async () => {
    const d = await appDatabaseEnv();
    t = d.t;
    url = d.env.DATABASE_URL!;
    // A long poll: a delivery within seconds proves the NOTIFY wake-up, not the poll, found it.
    const config = configFrom({ ...d.env, PORT: String(await freePort()), OUTBOX_POLL_MS: "600000", DATABASE_POOL_SIZE: "4", LOG_LEVEL: "info" });
    const sink = new Writable({ write: (chunk: Buffer, _e, done) => (logs.push(JSON.parse(chunk.toString()) as { msg?: string; level: number }), done()) });
    app = await createApp(config, pino({ level: "info" }, sink));
    app.deals.worker.register(channel);
    for (const s of app.deals.services) await s.start();
    const file = writeFile(tempDir(), "f.csv", [HEADER, row("Atlas Argan", "AA-1", "Organic argan oil", { certifications: "organic", moq: 200, unit: "kg" })].join("\n"));
    await seedCatalog(app.core, async () => (await openCatalog(file)).rows);
  });
  afterAll(async () => {
    for (const s of [...(app?.deals.services ?? [])].reverse()) await s.stop();
    await app?.db.close();
    await t?.cleanup();
  });

  const draft = (): OutboxDraft => {
    const i = ++n;
    return {
      platform: "playground", kind: "buyer_message",
      payload: { introductionId: `intro-${i}`, sellerId: "seller", threadMessageId: `m-${i}`, messageKind: "text", text: `hello ${i}` },
      deliveryKey: `failover:${i}`, threadKey: `failover:${i}`,
    };
  };

  /** A match stored as a shortlist round, and an outbox message delivered through NOTIFY. */
  async function coreOperationsWork(): Promise<void> {
    const deal = await seedDeal(app.db, { sellers: 1 });
    const shortlist = await matchText(app.core, "200 kg organic argan oil", { limit: 5 });
    expect(shortlist.items[0]?.product.sku).toBe("AA-1");
    const saved = await createMatchStore(app.db).saveShortlist(deal.requestId, shortlist.items);
    expect(saved.matchIds.length).toBeGreaterThan(0);
    const d = draft();
    await app.deals.deps.deals.transact((tx) => tx.enqueue([d]));
    await waitFor(() => channel.posts.some((p) => p.message.deliveryKey === d.deliveryKey), 15_000, 50);
  }

  it("survives termination while idle: the LISTEN connection comes back and wakes the outbox", async () => {
    await coreOperationsWork();
    const killed = await terminateBackends(url);
    expect(killed).toBeGreaterThan(0); // at least the LISTEN connection was there to kill
    await waitFor(() => logs.some((l) => l.msg === "database LISTEN connection restored"), 20_000, 50);
    expect(logs.some((l) => l.msg === "database LISTEN connection lost; reconnecting")).toBe(true);
    await coreOperationsWork();
  });

  it("survives termination with work in flight: failed operations fail alone, later ones succeed", async () => {
    const restoredBefore = logs.filter((l) => l.msg === "database LISTEN connection restored").length;
    // Two transactions hold their connections open until after the cut, so the cut always hits
    // work in flight (a fast machine finishes the rest of the burst before it lands).
    let openGate!: () => void;
    const gate = new Promise<void>((r) => (openGate = r));
    let held = 0;
    const heldKeys: string[] = [];
    const holding = Array.from({ length: 2 }, () => {
      const d = draft();
      heldKeys.push(d.deliveryKey);
      return app.deals.deps.deals.transact(async (tx) => {
        await tx.enqueue([d]);
        held++;
        await gate;
      });
    });
    const burst = Array.from({ length: 38 }, async (_, i) => {
      const d = draft();
      return i % 2
        ? app.deals.deps.deals.transact(async (tx) => {
            await tx.enqueue([d]);
          })
        : matchText(app.core, "organic argan oil", { limit: 5 }).then(() => undefined);
    });
    const settled = Promise.allSettled([...holding, ...burst]);
    await waitFor(() => held === holding.length, 15_000, 5);
    await terminateBackends(url);
    openGate();
    const results = await settled;
    // The transactions open across the cut fail; nothing committed half-way.
    expect(results.slice(0, holding.length).map((r) => r.status)).toEqual(["rejected", "rejected"]);
    // Whatever was cut off failed with an error the caller can handle; nothing crashed the process.
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(Error);
    await waitFor(() => logs.filter((l) => l.msg === "database LISTEN connection restored").length > restoredBefore, 20_000, 50);
    await coreOperationsWork();
    // Every message whose transaction committed is delivered, exactly once.
    const committed = await app.db.prisma.outboxMessage.findMany({ where: { deliveryKey: { startsWith: "failover:" } } });
    expect(committed.filter((m) => heldKeys.includes(m.deliveryKey))).toEqual([]);
    await waitFor(() => committed.every((m) => channel.posts.some((p) => p.message.deliveryKey === m.deliveryKey)), 15_000, 50);
    const keys = channel.posts.map((p) => p.message.deliveryKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
