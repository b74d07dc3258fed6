// UpdateLog on the ProcessedUpdate table, in plain SQL so one statement decides each claim
// (insert, or take over a claim whose lease ran out) on Postgres and PGlite alike. Lease times
// use the database clock. An update that crashed its holder MAX_ATTEMPTS times is not redone
// again: a poison update must not take every restart down with it.
import type { Database } from "./database.js";
import type { ClaimOutcome, StaleUpdate, UpdateLog } from "../../ports/updateLog.js";
import type { Platform } from "../../core/deals/types.js";
import { cleanDeep } from "../../core/cleanText.js";

export const MAX_ATTEMPTS = 5;
const T = `"ProcessedUpdate"`;
const lease = (param: string) => `now() + (${param}::int * interval '1 millisecond')`;

export function createUpdateLog(db: Database, platform: Platform): UpdateLog {
  return {
    async claim(updateId, owner, leaseMs, payload): Promise<ClaimOutcome> {
      const won = await db.query(
        `INSERT INTO ${T} ("id", "platform", "updateId", "status", "owner", "leaseUntil", "payload", "processedAt")
         VALUES (gen_random_uuid()::text, $1::"Platform", $2, 'processing', $3, ${lease("$4")}, $5::jsonb, now())
         ON CONFLICT ("platform", "updateId") DO UPDATE
           SET "owner" = EXCLUDED."owner", "leaseUntil" = EXCLUDED."leaseUntil", "attempts" = ${T}."attempts" + 1, "processedAt" = now()
           WHERE ${T}."status" = 'processing' AND ${T}."attempts" < ${MAX_ATTEMPTS}
             AND (${T}."leaseUntil" < now() OR ${T}."owner" = EXCLUDED."owner")
         RETURNING "attempts"`,
        [platform, updateId, owner, Math.round(leaseMs), JSON.stringify(cleanDeep(payload ?? null))],
      );
      if (won.length) return "claimed";
      const [row] = await db.query<{ status: string }>(`SELECT "status" FROM ${T} WHERE "platform" = $1::"Platform" AND "updateId" = $2`, [platform, updateId]);
      // Released between our insert and this read: a redelivery will find it free.
      if (!row) return "busy";
      return row.status === "done" ? "done" : "busy";
    },

    async renew(updateIds, owner, leaseMs) {
      if (!updateIds.length) return 0;
      const rows = await db.query(
        `UPDATE ${T} SET "leaseUntil" = ${lease("$4")}
         WHERE "platform" = $1::"Platform" AND "updateId" = ANY($2::text[]) AND "owner" = $3 AND "status" = 'processing' RETURNING 1`,
        [platform, updateIds, owner, Math.round(leaseMs)],
      );
      return rows.length;
    },

    async complete(updateId, owner) {
      const rows = await db.query(
        `UPDATE ${T} SET "status" = 'done', "payload" = NULL, "leaseUntil" = NULL, "processedAt" = now()
         WHERE "platform" = $1::"Platform" AND "updateId" = $2 AND "owner" = $3 AND "status" = 'processing' RETURNING 1`,
        [platform, updateId, owner],
      );
      return rows.length === 1;
    },

    async release(updateId, owner) {
      const rows = await db.query(
        `DELETE FROM ${T} WHERE "platform" = $1::"Platform" AND "updateId" = $2 AND "owner" = $3 AND "status" = 'processing' RETURNING 1`,
        [platform, updateId, owner],
      );
      return rows.length === 1;
    },

    async takeStale(owner, leaseMs, limit): Promise<StaleUpdate[]> {
      const rows = await db.query<{ updateId: string; payload: unknown; attempts: number }>(
        `UPDATE ${T} SET "owner" = $2, "leaseUntil" = ${lease("$3")}, "attempts" = "attempts" + 1
         WHERE "id" IN (
           SELECT "id" FROM ${T}
           WHERE "platform" = $1::"Platform" AND "status" = 'processing' AND "leaseUntil" < now() AND "attempts" < ${MAX_ATTEMPTS}
           ORDER BY "leaseUntil" LIMIT $4 FOR UPDATE SKIP LOCKED)
         RETURNING "updateId", "payload", "attempts"`,
        [platform, owner, Math.round(leaseMs), limit],
      );
      // Redo in arrival order: Telegram's update ids increase, and one chat's updates must stay in order.
      return rows.sort((a, b) => Number(a.updateId) - Number(b.updateId)).map((r) => ({ ...r, payload: typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload }));
    },

    async prune(olderThanMs) {
      const rows = await db.query(
        `DELETE FROM ${T} WHERE "platform" = $1::"Platform" AND "processedAt" < now() - ($2::int * interval '1 millisecond')
           AND ("status" = 'done' OR "attempts" >= ${MAX_ATTEMPTS}) RETURNING 1`,
        [platform, Math.round(olderThanMs)],
      );
      return rows.length;
    },
  };
}
