// The update log: at-least-once answers with effects done once. An incoming update is claimed
// under a lease (status "processing", its payload kept) before any work, and marked "done" when
// the handler finished. A claim whose lease ran out (its process died) may be taken over and
// redone; a done update is skipped; a failed handler releases its claim so a redelivery retries.
// Leases are measured on the database's clock, so instances with skewed clocks agree.

export type ClaimOutcome =
  /** The caller now holds the update (first sight, or a dead holder's lease ran out). */
  | "claimed"
  /** Already fully handled: skip it. */
  | "done"
  /** Another live holder is on it (its lease is being renewed). */
  | "busy";

export interface StaleUpdate {
  updateId: string;
  payload: unknown;
  attempts: number;
}

export interface UpdateLog {
  /** Claims `updateId` for `owner` until now + leaseMs, keeping `payload` to redo it after a crash. */
  claim(updateId: string, owner: string, leaseMs: number, payload: unknown): Promise<ClaimOutcome>;
  /** Extends the leases `owner` still holds on these updates; returns how many were extended. */
  renew(updateIds: string[], owner: string, leaseMs: number): Promise<number>;
  /** Marks the update done (payload dropped); false when `owner` no longer held it. */
  complete(updateId: string, owner: string): Promise<boolean>;
  /** Forgets the claim so a redelivery handles the update again; false when not held by `owner`. */
  release(updateId: string, owner: string): Promise<boolean>;
  /** Takes over up to `limit` claims whose lease ran out (oldest first) for `owner`. */
  takeStale(owner: string, leaseMs: number, limit: number): Promise<StaleUpdate[]>;
  /** Deletes done entries older than `olderThanMs` (redeliveries stop long before); returns the count. */
  prune(olderThanMs: number): Promise<number>;
}
