// One LISTEN per database for every local index in the process: a LISTEN holds a pooled
// connection for good, so an index per namespace (or per test) must not each take one.
import type { Database } from "../db/database.js";

export const VECTOR_CHANNEL = "caravan_vectors";

export interface VectorSubscriber {
  onPayload(payload: string): void;
  /** The LISTEN connection came back after a loss: changes may have been missed. */
  onResume?: () => void;
}
interface Hub {
  subscribers: Set<VectorSubscriber>;
  ready: Promise<() => Promise<void>>;
}

const hubs = new WeakMap<Database, Hub>();

/** Subscribes to vector-change notifications on `db`; returns the unsubscribe function. */
export async function subscribeVectorChanges(db: Database, sub: VectorSubscriber): Promise<() => Promise<void>> {
  let hub = hubs.get(db);
  if (!hub) {
    const subscribers = new Set<VectorSubscriber>();
    const ready = db.listen(
      VECTOR_CHANNEL,
      (payload) => {
        for (const s of subscribers) s.onPayload(payload);
      },
      () => {
        for (const s of subscribers) s.onResume?.();
      },
    );
    hub = { subscribers, ready };
    hubs.set(db, hub);
    // A failed LISTEN must not stay cached: the next index may try again.
    ready.catch(() => hubs.delete(db));
  }
  const current = hub;
  await current.ready;
  current.subscribers.add(sub);
  return async () => {
    current.subscribers.delete(sub);
    if (current.subscribers.size === 0 && hubs.get(db) === current) {
      hubs.delete(db);
      await (await current.ready)();
    }
  };
}

/** Tells other processes (and other indexes in this one) that a namespace changed. */
export async function publishVectorChange(db: Pick<Database, "query">, payload: string): Promise<void> {
  await db.query(`SELECT pg_notify($1, $2)`, [VECTOR_CHANNEL, payload]);
}
