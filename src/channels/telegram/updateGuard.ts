// Redelivery guard (moved unchanged from conversation.ts): each Telegram update id is handled once.
import type { Database } from "../../adapters/db/database.js";

/** True the first time an update id is seen; false on redelivery. */
export async function claimUpdate(db: Database, updateId: number): Promise<boolean> {
  const r = await db.prisma.$executeRaw`INSERT INTO "ProcessedUpdate" ("id", "platform", "updateId") VALUES (gen_random_uuid()::text, 'telegram'::"Platform", ${String(updateId)}) ON CONFLICT DO NOTHING`;
  return r === 1;
}

/** Forgets an update whose handling failed, so a redelivery can try again. */
export async function releaseUpdate(db: Database, updateId: number): Promise<void> {
  await db.prisma.processedUpdate.deleteMany({ where: { platform: "telegram", updateId: String(updateId) } });
}
