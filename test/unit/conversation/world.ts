// The buyer conversation on a real test database (PGlite, or Postgres with TEST_DATABASE_URL) with
// the offline core and a small catalog where "olive oil" has decoys (olive-oil soap, couscous):
// searching the wrong words shows the decoys first.
import { afterAll, beforeAll } from "vitest";
import { configFrom } from "../../../src/config.js";
import { silentLogger } from "../../../src/logger.js";
import { buildConversationDeps, buildCoreDeps, type CoreDeps } from "../../../src/wiring.js";
import { openCatalog } from "../../../src/adapters/catalog/readCatalog.js";
import { seedCatalog } from "../../../src/core/catalog/seedCatalog.js";
import { dealDepsFrom } from "../../../src/adapters/db/dealsRuntime.js";
import { handle, type BuyerCommand, type BuyerRef, type ConversationDeps, type Reply } from "../../../src/core/conversation/index.js";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { HEADER, row, tempDir, writeFile } from "../../helpers/catalogFiles.js";

export const clock = { now: () => new Date("2026-11-22T10:00:00Z") };

/** A fresh world for a test file: opened before its tests (handed to `take`), closed after them. */
export function useWorld(take: (w: { t: TestDb; deps: ConversationDeps; core: CoreDeps }) => void): void {
  let t: TestDb | undefined;
  beforeAll(async () => {
    const w = await world();
    t = w.t;
    take(w);
  }, 120_000);
  afterAll(async () => t?.cleanup());
}

export async function world(): Promise<{ t: TestDb; deps: ConversationDeps; core: CoreDeps }> {
  const t = await createTestDb();
  const config = configFrom({});
  const core = buildCoreDeps(config, t.db, silentLogger, clock);
  const file = writeFile(tempDir(), "conv.csv", [
    HEADER,
    row("Atlas Olive", "AO-1", "Extra virgin olive oil, cold pressed", { unit: "l", moq: 1000, ships_to: "*" }),
    row("Meknes Groves", "MG-1", "Organic extra virgin olive oil in bulk", { unit: "l", moq: 5000, ships_to: "*", certifications: "organic" }),
    row("Savon Doux", "SD-1", "Olive oil soap bar, handmade", { unit: "pcs", moq: 300, ships_to: "*", category: "Cosmetics > Soap" }),
    row("Couscous Co", "CC-1", "Durum wheat couscous, medium grain", { unit: "kg", moq: 1000, ships_to: "*", category: "Food > Grains" }),
    row("Atlas Argan", "AA-1", "Organic culinary argan oil", { unit: "kg", moq: 200, ships_to: "*", certifications: "organic" }),
    row("Souss Oils", "SO-1", "Cosmetic argan oil", { unit: "kg", moq: 100, ships_to: "*" }),
  ].join("\n"));
  await seedCatalog(core, async () => (await openCatalog(file)).rows);
  return { t, core, deps: buildConversationDeps(core, dealDepsFrom(config, t.db, clock)) };
}

let seq = 0;

/** A buyer with its own chat; `say` types text, `press` runs a command, both return the replies. */
export async function buyer(deps: ConversationDeps, lang: "en" | "fr") {
  const externalId = `conv-${lang}-${++seq}`;
  const b = await deps.buyers.ensure("playground", externalId, { language: lang, companyType: "importer" });
  const ref: BuyerRef = { actor: { platform: "playground", userId: externalId }, buyerId: b.id, chatId: externalId, lang };
  return {
    ref,
    say: (text: string) => handle(deps, ref, { kind: "text", text }),
    press: (command: BuyerCommand) => handle(deps, ref, command),
  };
}

export const kinds = (replies: Reply[]) => replies.map((r) => r.kind);
export const keys = (replies: Reply[]) => replies.map((r) => ("msg" in r ? r.msg.key : r.kind));

export function only<K extends Reply["kind"]>(replies: Reply[], kind: K): Extract<Reply, { kind: K }> {
  const r = replies.find((x) => x.kind === kind);
  if (!r) throw new Error(`no ${kind} reply in ${JSON.stringify(keys(replies))}`);
  return r as Extract<Reply, { kind: K }>;
}

/** The command of the first button whose command is of this kind. */
export function pressable<K extends BuyerCommand["kind"]>(reply: Reply, kind: K): Extract<BuyerCommand, { kind: K }> {
  const all = "buttons" in reply && reply.buttons ? reply.buttons.flat() : [];
  const b = all.find((x) => x.command.kind === kind);
  if (!b) throw new Error(`no ${kind} button`);
  return b.command as Extract<BuyerCommand, { kind: K }>;
}
