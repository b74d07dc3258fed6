// Postgres behind the shared database handle: a pg pool for raw SQL, Prisma over the same pool
// through @prisma/adapter-pg, and a LISTEN connection of its own (notifications.ts).
import pg from "pg";
import { prismaNotLoaded, TRANSACTION_OPTIONS, type Database, type DatabaseOptions } from "./databaseHandle.js";
import { createNotificationHub, errorSummary, silentDbLog } from "./notifications.js";

// TCP keep-alive notices a peer that vanished without a reset (failover to another host).
const KEEPALIVE = { keepAlive: true, keepAliveInitialDelayMillis: 10_000 };

export async function openPostgres(url: string, opts: DatabaseOptions): Promise<Database> {
  const log = opts.logger ?? silentDbLog;
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10, ...KEEPALIVE });
  // An idle client losing its connection (restart, failover, pg_terminate_backend) must not crash
  // the process; the pool drops it and opens a new one on the next query.
  pool.on("error", (err) => log.warn({ err: errorSummary(err) }, "idle database connection lost; the pool will reconnect"));
  // A checked-out client has no pool listener, and Prisma's transaction client drops its own when
  // the transaction ends: a FATAL message (57P01) arriving in such a gap was an unhandled 'error'
  // event that ended the process. The query in flight, or the pool's idle handler, reports it.
  pool.on("connect", (client) => client.on("error", () => {}));
  // Prisma and its pg adapter are loaded only when wanted (not with prisma: false).
  const orm = opts.prisma === false ? undefined : await Promise.all([import("../../generated/prisma/client.js"), import("@prisma/adapter-pg")]);
  const prisma =
    orm &&
    new orm[0].PrismaClient({
      transactionOptions: TRANSACTION_OPTIONS,
      adapter: new orm[1].PrismaPg(pool, {
        onConnectionError: (err) => log.warn({ err: errorSummary(err) }, "database connection lost during a transaction; it is rolled back"),
      }),
    });
  const hub = createNotificationHub({ connectionString: url, ...KEEPALIVE }, log, opts.reconnect);
  return {
    kind: "postgres",
    get prisma() {
      return prisma ?? prismaNotLoaded();
    },
    exec: async (sql) => void (await pool.query(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client has no pool listener: without ours, a lost connection throws from an event.
      let lost: Error | undefined;
      const onError = (err: Error) => (lost = err);
      client.on("error", onError);
      try {
        await client.query("BEGIN");
        const result = await fn({
          exec: async (sql) => void (await client.query(sql)),
          query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
        });
        await client.query("COMMIT");
        return result;
      } catch (e) {
        if (!lost) await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.removeListener("error", onError);
        // A broken connection goes out of the pool instead of back into it.
        client.release(lost);
      }
    },
    listen: (channel, onNotify, onResume) => hub.listen(channel, { onNotify, ...(onResume ? { onResume } : {}) }),
    async close() {
      await hub.close();
      await prisma?.$disconnect();
      await pool.end();
    },
  };
}

