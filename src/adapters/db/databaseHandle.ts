// The shape of the database handle every adapter shares (see database.ts), apart from the code
// that opens one: the Postgres and PGlite openers import it without importing each other.
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { DbLog, ReconnectPolicy } from "./notifications.js";

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
  /**
   * false: no Prisma client (and none of its code is loaded); `prisma` then throws. For admin
   * commands that only run SQL, for which loading and starting Prisma was most of the start time.
   */
  prisma?: boolean | undefined;
  /** Where connection losses and reconnects are reported (silent by default). */
  logger?: DbLog | undefined;
  /** Backoff of the LISTEN connection's reconnects (tests shorten it). */
  reconnect?: ReconnectPolicy | undefined;
}

/**
 * Interactive transactions (Prisma `$transaction(fn)`) wait for a pooled connection up to
 * `maxWait`: Prisma's 2 s default made a burst of a few hundred buyers on a pool of 10 fail with
 * "Unable to start a transaction in the given time". Waiting in the pool's FIFO queue is cheap and
 * each transaction holds its connection for milliseconds, so a burst drains instead of failing;
 * past 30 s the database is down or hopelessly overloaded, and the caller's apology is honest.
 */
export const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** The `prisma` of a handle opened with `prisma: false`: any use is a programming error, said plainly. */
export function prismaNotLoaded(): never {
  throw new Error("this database handle was opened with prisma: false; open it without that option to use Prisma");
}
