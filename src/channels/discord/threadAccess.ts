// A member who links after leads arrived must still see them: /link adds them to the private
// threads of their seller's live leads. Best effort per thread; a failure is logged, not shown.
import type { REST } from "discord.js";
import type { Database } from "../../adapters/db/database.js";
import type { Logger } from "../../logger.js";

const LIVE = ["proposed", "delivered", "viewed", "quoted", "accepted"] as const;

export function createThreadAccess(o: { rest: REST; db: Database; log: Logger }) {
  return async function addToSellerThreads(sellerId: string, userId: string): Promise<number> {
    const rows = await o.db.prisma.introduction.findMany({
      where: { sellerId, discordThreadId: { not: null }, status: { in: [...LIVE] } }, select: { id: true, discordThreadId: true },
    });
    let added = 0;
    for (const r of rows) {
      try {
        await o.rest.put(`/channels/${r.discordThreadId}/thread-members/${userId}`);
        added++;
      } catch (e) {
        o.log.warn({ err: e, introductionId: r.id, userId }, "could not add a newly linked member to a lead thread (Caravan needs 'Manage Threads' in #leads)");
      }
    }
    return added;
  };
}
