// The demo catalog (data/catalogs/*.csv, 1,477 products) seeded into a fresh test database, with
// offline core deps and a fixed clock: matching tests on real data decide what the best hits share.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, expect } from "vitest";
import path from "node:path";
import { configFrom } from "../../src/config.js";
import { silentLogger } from "../../src/logger.js";
import { buildCoreDeps, type CoreDeps } from "../../src/wiring.js";
import { openCatalog } from "../../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../../src/core/catalog/seedCatalog.js";
import { matchText, type Shortlist } from "../../src/core/matching/matchRequest.js";
import { createTestDb, type TestDb } from "./testDb.js";

export async function demoCatalog(): Promise<{ t: TestDb; deps: CoreDeps }> {
  const t = await createTestDb();
  const deps = buildCoreDeps(configFrom({}), t.db, silentLogger, { now: () => new Date("2026-12-07T10:00:00Z") });
  const dir = "data/catalogs";
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".csv")).sort()) await seedCatalog(deps, async () => (await openCatalog(path.join(dir, f))).rows);
  return { t, deps };
}

/** Seeds the demo catalog once for a test file's tests, cleaned up after them: call the result for the deps. */
export function useDemoCatalog(): () => CoreDeps {
  let seeded: { t: TestDb; deps: CoreDeps } | undefined;
  beforeAll(async () => {
    seeded = await demoCatalog();
  }, 120_000);
  afterAll(async () => seeded?.t.cleanup());
  return () => seeded!.deps;
}

/** Matches the buyer's text on the demo catalog and checks that something fits, led by `sku`. */
export async function expectLeads(deps: CoreDeps, text: string, sku: string): Promise<Shortlist> {
  const s = await matchText(deps, text);
  expect(s.weak).toBe(false);
  expect(s.items[0]?.product.sku).toBe(sku);
  return s;
}
