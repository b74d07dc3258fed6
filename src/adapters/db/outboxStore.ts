// The outbox queue in Postgres/PGlite. Claiming is one statement: the due head of each thread,
// locked with FOR UPDATE SKIP LOCKED so concurrent workers split the work, then leased (attempts
// + 1, lockedUntil). `attempts` doubles as the fencing token: a worker whose lease expired and
// was re-claimed cannot complete or fail the message any more. Times are the database's, in UTC.
import type { Database } from "./database.js";
import type { ClaimedMessage, DeliveryResult, OutboxDraft, OutboxStore } from "../../ports/outbox.js";

export const OUTBOX_CHANNEL = "caravan_outbox";
const NOW = `timezone('UTC', now())`;
const utc = (col: string) => `(${col} AT TIME ZONE 'UTC')`;

const CLAIM_SQL = `
WITH heads AS MATERIALIZED (
  -- The oldest pending message of each thread: one sorted pass over the pending backlog. (A
  -- per-row NOT EXISTS probe went quadratic when the table had no planner statistics yet.)
  SELECT DISTINCT ON ("threadKey") id, seq, platform, "nextAttemptAt", "lockedUntil"
  FROM "OutboxMessage" WHERE status = 'pending' ORDER BY "threadKey", seq
), candidates AS MATERIALIZED (
  SELECT id FROM heads
  WHERE platform::text IN (SELECT jsonb_array_elements_text($1::jsonb))
    AND "nextAttemptAt" <= ${NOW} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${NOW})
  ORDER BY seq LIMIT $4
), due AS (
  -- Re-checked on m, so a row another worker leased meanwhile is judged on its latest version
  -- once we hold its lock; rows locked right now are skipped. (status::text keeps the planner on
  -- the primary key for these few ids rather than scanning the pending index.)
  SELECT m.id FROM "OutboxMessage" m
  WHERE m.id = ANY (ARRAY(SELECT id FROM candidates)) AND m.status::text = 'pending' AND m."nextAttemptAt" <= ${NOW} AND (m."lockedUntil" IS NULL OR m."lockedUntil" <= ${NOW})
  ORDER BY m.seq
  LIMIT $2
  FOR UPDATE OF m SKIP LOCKED
)
UPDATE "OutboxMessage" u
SET attempts = u.attempts + 1, "lockedUntil" = ${NOW} + ($3::double precision * interval '1 millisecond'), "updatedAt" = ${NOW}
FROM due WHERE u.id = due.id
RETURNING u.id, u.platform::text AS platform, u.kind, u.payload, u."deliveryKey", u."threadKey", u.attempts, u.result,
  ${utc('u."createdAt"')} AS "createdAt", u.seq::text AS seq`;

/** Inserts drafts (one JSON parameter) as due now; used inside the caller's transaction. */
export const ENQUEUE_SQL = `
INSERT INTO "OutboxMessage" (id, platform, kind, payload, "deliveryKey", "threadKey", "nextAttemptAt", "createdAt", "updatedAt")
SELECT gen_random_uuid()::text, r.platform::"Platform", r.kind, r.payload, r."deliveryKey", r."threadKey", ${NOW}, ${NOW}, ${NOW}
FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (platform text, kind text, payload jsonb, "deliveryKey" text, "threadKey" text))
  WITH ORDINALITY AS r(platform, kind, payload, "deliveryKey", "threadKey", ord)
ORDER BY r.ord`;
export const NOTIFY_SQL = `NOTIFY ${OUTBOX_CHANNEL}`;

export const enqueueParam = (drafts: OutboxDraft[]): string =>
  JSON.stringify(drafts.map((d) => ({ platform: d.platform, kind: d.kind, payload: d.payload, deliveryKey: d.deliveryKey, threadKey: d.threadKey })));

/** A claimed row as the SQL returns it: the message, its saved result, and its order. */
type ClaimRow = Omit<ClaimedMessage, "saved" | "fence"> & { result: DeliveryResult | null; seq: string };

export function createOutboxStore(db: Database): OutboxStore {
  const fenced = `WHERE id = $1 AND attempts = $2 AND status = 'pending' RETURNING id`;
  return {
    async claim(platforms, limit, leaseMs) {
      // A few spare candidates, for those other workers lock in the same instant.
      const rows = await db.query<ClaimRow>(CLAIM_SQL, [JSON.stringify(platforms), limit, leaseMs, limit * 4 + 16]);
      // RETURNING does not keep the CTE's order: restore it, oldest first.
      rows.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
      return rows.map((r) => ({
        id: r.id, platform: r.platform, kind: r.kind, payload: r.payload, deliveryKey: r.deliveryKey, threadKey: r.threadKey,
        attempts: Number(r.attempts), createdAt: new Date(r.createdAt), saved: r.result ?? null, fence: Number(r.attempts),
      }));
    },
    async complete(m, result) {
      const rows = await db.query(
        `UPDATE "OutboxMessage" SET status = 'delivered', "deliveredAt" = ${NOW}, "lockedUntil" = NULL,
           result = COALESCE(result, '{}'::jsonb) || $3::jsonb, "updatedAt" = ${NOW} ${fenced}`,
        [m.id, m.fence, JSON.stringify(result)],
      );
      return rows.length === 1;
    },
    async fail(m, error, retryInMs) {
      const rows = await db.query(
        `UPDATE "OutboxMessage" SET
           status = (CASE WHEN $3::double precision IS NULL THEN 'dead' ELSE 'pending' END)::"OutboxStatus",
           "nextAttemptAt" = CASE WHEN $3::double precision IS NULL THEN "nextAttemptAt" ELSE ${NOW} + ($3::double precision * interval '1 millisecond') END,
           "lockedUntil" = NULL, "lastError" = $4, "updatedAt" = ${NOW} ${fenced}`,
        [m.id, m.fence, retryInMs, error],
      );
      return rows.length === 1;
    },
    async checkpoint(m, partial) {
      const rows = await db.query(
        `UPDATE "OutboxMessage" SET result = COALESCE(result, '{}'::jsonb) || $3::jsonb, "updatedAt" = ${NOW} ${fenced}`,
        [m.id, m.fence, JSON.stringify(partial)],
      );
      return rows.length === 1;
    },
    subscribe(onWake) {
      // After a reconnect, wake too: a NOTIFY sent while the connection was down is lost.
      return db.listen(OUTBOX_CHANNEL, () => onWake(), () => onWake());
    },
  };
}

export interface OutboxRow {
  id: string;
  platform: string;
  kind: string;
  status: "pending" | "delivered" | "dead";
  threadKey: string;
  deliveryKey: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  lockedUntil: Date | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

/** Admin views of the queue (npm run outbox). */
export function createOutboxAdmin(db: Database) {
  return {
    async counts(): Promise<Record<string, number>> {
      const rows = await db.query<{ status: string; n: string }>(`SELECT status::text AS status, count(*)::text AS n FROM "OutboxMessage" GROUP BY status`);
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },
    async list(statuses: OutboxRow["status"][], limit: number): Promise<OutboxRow[]> {
      const rows = await db.query<OutboxRow>(
        `SELECT id, platform::text AS platform, kind, status::text AS status, "threadKey", "deliveryKey", attempts, "lastError",
           ${utc('"nextAttemptAt"')} AS "nextAttemptAt", ${utc('"lockedUntil"')} AS "lockedUntil", ${utc('"createdAt"')} AS "createdAt",
           ${utc('"deliveredAt"')} AS "deliveredAt"
         FROM "OutboxMessage" WHERE status::text IN (SELECT jsonb_array_elements_text($1::jsonb))
         ORDER BY status, seq LIMIT $2`,
        [JSON.stringify(statuses), limit],
      );
      return rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
    },
    /** Re-queues a dead message with a fresh attempt budget; false when it is not dead. */
    async retry(id: string): Promise<boolean> {
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          `UPDATE "OutboxMessage" SET status = 'pending', attempts = 0, "nextAttemptAt" = ${NOW}, "lockedUntil" = NULL, "updatedAt" = ${NOW}
           WHERE id = $1 AND status = 'dead' RETURNING id`,
          [id],
        );
        if (rows.length) await tx.exec(NOTIFY_SQL);
        return rows.length === 1;
      });
    },
  };
}
