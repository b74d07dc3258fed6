// Embedded PGlite (Postgres compiled to WebAssembly) behind the shared database handle: the
// default when DATABASE_URL is not set.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { prismaNotLoaded, TRANSACTION_OPTIONS, type Database, type DatabaseOptions } from "./databaseHandle.js";
import { lockDataDir } from "./pgliteLock.js";

export async function openPglite(dataDir: string, opts: Pick<DatabaseOptions, "prisma" | "logger"> = {}): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(path.resolve(dataDir), { recursive: true });
  const unlock = inMemory ? async () => {} : await lockDataDir(dataDir, opts.logger);
  try {
    return await openUnlocked(dataDir, inMemory, opts, unlock);
  } catch (e) {
    await unlock().catch(() => {});
    throw e;
  }
}

async function openUnlocked(dataDir: string, inMemory: boolean, opts: Pick<DatabaseOptions, "prisma">, unlock: () => Promise<void>): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const client = inMemory ? new PGlite() : new PGlite(path.resolve(dataDir, "pglite"));
  // Prisma's code loads while PGlite starts (it is not needed before); not at all with prisma: false.
  const prismaModules = opts.prisma === false ? undefined : Promise.all([import("../../generated/prisma/client.js"), import("pglite-prisma-adapter")]);
  await client.waitReady;
  const loaded = await prismaModules;
  const prisma = loaded && new loaded[0].PrismaClient({ adapter: new loaded[1].PrismaPGlite(client), transactionOptions: TRANSACTION_OPTIONS });
  return {
    kind: "pglite",
    get prisma() {
      return prisma ?? prismaNotLoaded();
    },
    exec: async (sql) => void (await client.exec(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows,
    transaction: (fn) =>
      client.transaction((tx) =>
        fn({
          exec: async (sql) => void (await tx.exec(sql)),
          query: async <T>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows,
        }),
      ),
    async listen(channel, onNotify) {
      return client.listen(channel, onNotify);
    },
    async close() {
      await prisma?.$disconnect();
      await client.close();
      await unlock().catch(() => {});
    },
  };
}
