// The chat store in the Conversation table: one row per (platform, chat), the state as JSON with a
// version bumped on every write (a write with the version read is a compare-and-set), and the
// chat's recent log of replies. The buyer conversation and the seller desk both keep state here.
import { TURNS_KEPT, type ChatStore } from "../../ports/chatStore.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "./database.js";
import { cleanDeep } from "../../core/cleanText.js";

// jsonb refuses NUL in a string (a buyer can paste one): every string is cleaned before it is stored.
const json = (v: unknown) => cleanDeep(v) as Prisma.InputJsonValue;

export function createChatStore(db: Database): ChatStore {
  return {
    async load(platform, chatId) {
      const row = await db.prisma.conversation.upsert({
        where: { platform_chatId: { platform, chatId } },
        create: { platform, chatId, state: json({ mode: "idle" }) },
        update: {},
      });
      return { state: row.state, version: row.version, turns: row.turns };
    },
    async save(platform, chatId, fromVersion, state, turn) {
      if (!turn) {
        const r = await db.prisma.conversation.updateMany({ where: { platform, chatId, version: fromVersion }, data: { state: json(state), version: { increment: 1 } } });
        return r.count === 1;
      }
      // One statement: the state and the turn's record land together or not at all, and the
      // record is appended to what the row holds now (markTurnSent may have moved a count since).
      const rows = await db.query<{ id: string }>(
        `UPDATE "Conversation" SET state = $4::jsonb, version = version + 1, "updatedAt" = now(), turns = (
           SELECT coalesce(jsonb_agg(e ORDER BY i), '[]'::jsonb)
           FROM (SELECT CASE WHEN jsonb_typeof(turns) = 'array' THEN turns ELSE '[]'::jsonb END || $5::jsonb AS l) joined,
             jsonb_array_elements(joined.l) WITH ORDINALITY AS t(e, i)
           WHERE i > jsonb_array_length(joined.l) - $6)
         WHERE platform = $1::"Platform" AND "chatId" = $2 AND version = $3
         RETURNING id`,
        [platform, chatId, fromVersion, JSON.stringify(json(state)), JSON.stringify(json([turn])), TURNS_KEPT],
      );
      return rows.length === 1;
    },
    async markTurnSent(platform, chatId, key, sent, finished = false) {
      // In place, without the version: a count moving must not make a concurrent turn start over.
      await db.query(
        `UPDATE "Conversation" SET turns = (
           SELECT coalesce(jsonb_agg(CASE WHEN e->>'key' = $3 AND coalesce((e->>'sent')::int, 0) < $4
             THEN e || jsonb_build_object('sent', $4::int) || CASE WHEN $5::boolean THEN '{"replies": []}'::jsonb ELSE '{}'::jsonb END
             ELSE e END ORDER BY i), '[]'::jsonb)
           FROM jsonb_array_elements(turns) WITH ORDINALITY AS t(e, i))
         WHERE platform = $1::"Platform" AND "chatId" = $2 AND jsonb_typeof(turns) = 'array'`,
        [platform, chatId, key, sent, finished],
      );
    },
    async appendLog(platform, chatId, entries, keep = 200) {
      if (!entries.length) return;
      // One statement, so two appends at once (a buyer message and a seller relay) both land: a
      // read-then-write here dropped whichever entry the other writer's stale copy lacked.
      await db.query(
        `INSERT INTO "Conversation" (id, platform, "chatId", state, log, "updatedAt")
         VALUES (gen_random_uuid(), $1::"Platform", $2, $3::jsonb, $4::jsonb, now())
         ON CONFLICT (platform, "chatId") DO UPDATE SET "updatedAt" = now(), log = (
           SELECT coalesce(jsonb_agg(e ORDER BY i), '[]'::jsonb)
           FROM (SELECT CASE WHEN jsonb_typeof("Conversation".log) = 'array' THEN "Conversation".log ELSE '[]'::jsonb END || EXCLUDED.log AS l) joined,
             jsonb_array_elements(joined.l) WITH ORDINALITY AS t(e, i)
           WHERE i > jsonb_array_length(joined.l) - $5)`,
        [platform, chatId, JSON.stringify(json({ mode: "idle" })), JSON.stringify(json(entries.slice(-keep))), keep],
      );
    },
    async log(platform, chatId) {
      const row = await db.prisma.conversation.findUnique({ where: { platform_chatId: { platform, chatId } }, select: { log: true } });
      return Array.isArray(row?.log) ? row.log : [];
    },
    async read(platform, chatId) {
      const row = await db.prisma.conversation.findUnique({ where: { platform_chatId: { platform, chatId } } });
      return row ? { state: row.state, version: row.version, updatedAt: row.updatedAt } : null;
    },
    async write(platform, chatId, state, expectedVersion) {
      if (expectedVersion === undefined) {
        await db.prisma.conversation.upsert({ where: { platform_chatId: { platform, chatId } }, create: { platform, chatId, state: json(state) }, update: { state: json(state), version: { increment: 1 } } });
        return true;
      }
      const r = await db.prisma.conversation.updateMany({ where: { platform, chatId, version: expectedVersion }, data: { state: json(state), version: { increment: 1 } } });
      return r.count === 1;
    },
    async ensure(platform, chatId, state) {
      // ON CONFLICT DO NOTHING: two first writers at once must not fail on the unique key.
      await db.prisma.conversation.createMany({ data: [{ platform, chatId, state: json(state) }], skipDuplicates: true });
    },
    async remove(platform, chatId) {
      await db.prisma.conversation.deleteMany({ where: { platform, chatId } });
    },
    async prune(platform, prefix, before) {
      const r = await db.prisma.conversation.deleteMany({ where: { platform, chatId: { startsWith: prefix }, updatedAt: { lt: before } } });
      return r.count;
    },
  };
}
