// The database handle every adapter shares: Prisma for the repository code, plus a raw SQL
// door for what Prisma does not do (multi-statement migrations, FOR UPDATE SKIP LOCKED,
// LISTEN/NOTIFY). Postgres when DATABASE_URL is set, embedded PGlite otherwise: same schema,
// same migrations, same code.
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client.js";
import { createNotificationHub, errorSummary, silentDbLog, type DbLog, type ReconnectPolicy } from "./notifications.js";

export type { PrismaClient };

export interface Database {
  readonly kind: "postgres" | "pglite";
  readonly prisma: PrismaClient;
  /** Runs one or more SQL statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** A parameterised query ($1, $2 …) returning rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` inside one transaction on a single connection (raw SQL only). */
  transaction<T>(fn: (tx: Pick<Database, "exec" | "query">) => Promise<T>): Promise<T>;
  /**
   * Subscribes to NOTIFY on `channel`; returns an unsubscribe function. On Postgres the LISTEN
   * connection reconnects by itself after a loss and then calls `onResume` (notifications sent
   * meanwhile are lost: catch up).
   */
  listen(channel: string, onNotify: (payload: string) => void, onResume?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  url?: string | undefined;
  dataDir?: string | undefined; // PGlite directory; "memory://" for an in-memory database
  poolSize?: number | undefined;
  /** Where connection losses and reconnects are reported (silent by default). */
  logger?: DbLog | undefined;
  /** Backoff of the LISTEN connection's reconnects (tests shorten it). */
  reconnect?: ReconnectPolicy | undefined;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  return opts.url ? openPostgres(opts.url, opts) : openPglite(opts.dataDir ?? "./.data");
}

/**
 * Interactive transactions (Prisma `$transaction(fn)`) wait for a pooled connection up to
 * `maxWait`: Prisma's 2 s default made a burst of a few hundred buyers on a pool of 10 fail with
 * "Unable to start a transaction in the given time". Waiting in the pool's FIFO queue is cheap and
 * each transaction holds its connection for milliseconds, so a burst drains instead of failing;
 * past 30 s the database is down or hopelessly overloaded, and the caller's apology is honest.
 */
export const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

// TCP keep-alive notices a peer that vanished without a reset (failover to another host).
const KEEPALIVE = { keepAlive: true, keepAliveInitialDelayMillis: 10_000 };

function openPostgres(url: string, opts: DatabaseOptions): Database {
  const log = opts.logger ?? silentDbLog;
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10, ...KEEPALIVE });
  // An idle client losing its connection (restart, failover, pg_terminate_backend) must not crash
  // the process; the pool drops it and opens a new one on the next query.
  pool.on("error", (err) => log.warn({ err: errorSummary(err) }, "idle database connection lost; the pool will reconnect"));
  // A checked-out client has no pool listener, and Prisma's transaction client drops its own when
  // the transaction ends: a FATAL message (57P01) arriving in such a gap was an unhandled 'error'
  // event that ended the process. The query in flight, or the pool's idle handler, reports it.
  pool.on("connect", (client) => client.on("error", () => {}));
  const prisma = new PrismaClient({
    transactionOptions: TRANSACTION_OPTIONS,
    adapter: new PrismaPg(pool, {
      onConnectionError: (err) => log.warn({ err: errorSummary(err) }, "database connection lost during a transaction; it is rolled back"),
    }),
  });
  const hub = createNotificationHub({ connectionString: url, ...KEEPALIVE }, log, opts.reconnect);
  return {
    kind: "postgres",
    prisma,
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
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(path.resolve(dataDir), { recursive: true });
  // Loaded only here: a Postgres deployment (and its admin scripts) never pays PGlite's start-up.
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import("@electric-sql/pglite"), import("pglite-prisma-adapter")]);
  const client = inMemory ? new PGlite() : new PGlite(path.resolve(dataDir, "pglite"));
  await client.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client), transactionOptions: TRANSACTION_OPTIONS });
  return {
    kind: "pglite",
    prisma,
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
      await prisma.$disconnect();
      await client.close();
    },
  };
}
