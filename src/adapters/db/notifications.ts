// One LISTEN connection per database handle, outside the pool, that survives a Postgres restart
// or failover: when the connection is lost (57P01, reset, end) it reconnects with exponential
// backoff (p-retry), re-LISTENs every channel and tells each subscriber it may have missed
// notifications (onResume), so the outbox worker and the vector indexes catch up at once instead
// of waiting for a poll. A lost connection is logged, never thrown: pg.Client emits 'error' with
// no listener otherwise, and that ends the process.
import pg from "pg";
import pRetry, { AbortError } from "p-retry";

/** The slice of a logger the database layer uses (pino's Logger fits). */
export interface DbLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentDbLog: DbLog = { info() {}, warn() {}, error() {} };

export interface Subscriber {
  onNotify(payload: string): void;
  /** After a reconnect: notifications sent while we were away are lost. */
  onResume?: () => void;
}

export interface ReconnectPolicy {
  minMs: number;
  maxMs: number;
}

export const DEFAULT_RECONNECT: ReconnectPolicy = { minMs: 200, maxMs: 15_000 };

export function createNotificationHub(clientConfig: pg.ClientConfig, log: DbLog, policy: ReconnectPolicy = DEFAULT_RECONNECT) {
  const channels = new Map<string, Set<Subscriber>>();
  const closing = new AbortController();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;

  async function openClient(): Promise<pg.Client> {
    const c = new pg.Client(clientConfig);
    // Errors before, during and after connect all end up here. Only the live client reconnects.
    const lost = (err?: Error) => {
      if (client !== c) return;
      client = null;
      log.warn({ err: errorSummary(err ?? new Error("connection ended")) }, "database LISTEN connection lost; reconnecting");
      void c.end().catch(() => {});
      if (!closing.signal.aborted && channels.size > 0) void reconnect();
    };
    c.on("error", lost);
    c.on("end", () => lost());
    c.on("notification", (n) => {
      for (const s of channels.get(n.channel) ?? []) s.onNotify(n.payload ?? "");
    });
    try {
      await c.connect();
      for (const ch of channels.keys()) await c.query(`LISTEN ${pg.escapeIdentifier(ch)}`);
    } catch (e) {
      await c.end().catch(() => {});
      throw e;
    }
    return c;
  }

  /** Connects once (first subscriber: the caller sees the error) or forever (after a loss). */
  function connect(forever: boolean): Promise<void> {
    connecting ??= pRetry(
      async () => {
        if (closing.signal.aborted) throw new AbortError("database closed");
        const c = await openClient();
        if (closing.signal.aborted) {
          await c.end().catch(() => {});
          throw new AbortError("database closed");
        }
        client = c;
      },
      {
        retries: forever ? Number.POSITIVE_INFINITY : 2,
        minTimeout: policy.minMs,
        maxTimeout: policy.maxMs,
        randomize: true,
        signal: closing.signal,
        onFailedAttempt: ({ error, attemptNumber }) =>
          log.warn({ err: errorSummary(error), attempt: attemptNumber }, "database LISTEN connection: reconnect attempt failed; retrying with backoff"),
      },
    ).finally(() => (connecting = null));
    return connecting;
  }

  async function reconnect(): Promise<void> {
    try {
      await connect(true);
      log.info({ channels: [...channels.keys()] }, "database LISTEN connection restored");
      for (const set of channels.values()) for (const s of set) s.onResume?.();
    } catch (e) {
      if (!closing.signal.aborted) log.error({ err: errorSummary(e) }, "database LISTEN connection: gave up reconnecting");
    }
  }

  return {
    async listen(channel: string, sub: Subscriber): Promise<() => Promise<void>> {
      if (closing.signal.aborted) throw new Error("database closed");
      const isNew = !channels.has(channel);
      const set = channels.get(channel) ?? new Set<Subscriber>();
      channels.set(channel, set);
      set.add(sub);
      try {
        if (connecting) await connecting;
        else if (!client) await connect(false);
        // LISTEN is idempotent: repeat it in case a reconnect in progress listed channels before ours.
        const c = client as pg.Client | null;
        if (isNew && c) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      } catch (e) {
        set.delete(sub);
        if (set.size === 0) channels.delete(channel);
        throw e;
      }
      return async () => {
        if (!set.delete(sub) || set.size > 0) return;
        channels.delete(channel);
        const c = client;
        if (!c) return;
        if (channels.size === 0) {
          client = null;
          await c.end().catch(() => {});
        } else await c.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => {});
      };
    },
    /** True while the LISTEN connection is up (tests, health). */
    connected: () => client !== null,
    async close(): Promise<void> {
      closing.abort();
      channels.clear();
      const c = client;
      client = null;
      await connecting?.catch(() => {});
      await c?.end().catch(() => {});
    },
  };
}

/** Code and message only: a pg error object carries the query and parameters. */
export function errorSummary(e: unknown): { code?: string; message: string } {
  if (!(e instanceof Error)) return { message: String(e) };
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? { code, message: e.message } : { message: e.message };
}
