// ChatStateStore on the Conversation table: one JSON row per (platform, chatId) with a version
// bumped on every write, so a write with the version read is a compare-and-set.
import type { ChatStateStore } from "../../ports/chatState.js";
import type { Database } from "./database.js";
import type { Prisma } from "../../generated/prisma/client.js";

const where = (platform: Parameters<ChatStateStore["read"]>[0], chatId: string) => ({ platform_chatId: { platform, chatId } });

export function createChatStateStore(db: Database): ChatStateStore {
  const p = db.prisma;
  return {
    async read(platform, chatId) {
      const row = await p.conversation.findUnique({ where: where(platform, chatId) });
      return row ? { state: row.state, version: row.version, updatedAt: row.updatedAt } : null;
    },
    async write(platform, chatId, state, expectedVersion) {
      const json = state as Prisma.InputJsonValue;
      if (expectedVersion === undefined) {
        await p.conversation.upsert({ where: where(platform, chatId), create: { platform, chatId, state: json }, update: { state: json, version: { increment: 1 } } });
        return true;
      }
      const r = await p.conversation.updateMany({ where: { platform, chatId, version: expectedVersion }, data: { state: json, version: { increment: 1 } } });
      return r.count === 1;
    },
    async ensure(platform, chatId, state) {
      // ON CONFLICT DO NOTHING: two first writers at once must not fail on the unique key.
      await p.conversation.createMany({ data: [{ platform, chatId, state: state as Prisma.InputJsonValue }], skipDuplicates: true });
    },
    async remove(platform, chatId) {
      await p.conversation.deleteMany({ where: { platform, chatId } });
    },
    async prune(platform, prefix, before) {
      const r = await p.conversation.deleteMany({ where: { platform, chatId: { startsWith: prefix }, updatedAt: { lt: before } } });
      return r.count;
    },
  };
}
