// Match rows: one per product shown, with its rank, score and the reasons as shown. A later
// search of the same request is a new round, so earlier shortlists stay as they were.
import type { MatchStore } from "../../ports/matchStore.js";
import type { Database } from "./database.js";
import type { Prisma } from "../../generated/prisma/client.js";

export function createMatchStore(db: Database): MatchStore {
  return {
    async saveShortlist(requestId, items) {
      return db.prisma.$transaction(async (tx) => {
        // Two searches of one request at once (a double click) would both read the same last
        // round and collide on (requestId, round, rank): the request's row lock makes them take turns.
        await tx.$queryRaw`SELECT 1 FROM "SourcingRequest" WHERE id = ${requestId} FOR UPDATE`;
        const last = await tx.match.aggregate({ where: { requestId }, _max: { round: true } });
        const round = (last._max.round ?? 0) + 1;
        const matchIds: string[] = [];
        for (const [i, item] of items.entries()) {
          const m = await tx.match.create({
            data: {
              requestId,
              productId: item.product.id,
              sellerId: item.product.sellerId,
              round,
              rank: i + 1,
              score: item.score,
              reasons: item.reasons as unknown as Prisma.InputJsonValue,
              sku: item.product.sku,
              title: item.product.title,
            },
          });
          matchIds.push(m.id);
        }
        // A request already introduced or closed keeps its status; a new shortlist does not undo deals.
        await tx.sourcingRequest.updateMany({ where: { id: requestId, status: { in: ["draft", "ready"] } }, data: { status: "matched" } });
        return { round, matchIds };
      });
    },

    async sellersShown(requestId) {
      const rows = await db.prisma.match.findMany({ where: { requestId }, distinct: ["sellerId"], select: { sellerId: true } });
      return rows.map((r) => r.sellerId);
    },

    async topSellerMatches(requestId, round, n) {
      const rows = await db.prisma.match.findMany({ where: { requestId, round }, orderBy: { rank: "asc" }, select: { id: true, sellerId: true } });
      const sellers = new Set<string>();
      return rows.filter((r) => !sellers.has(r.sellerId) && sellers.add(r.sellerId)).slice(0, n).map((r) => r.id);
    },

    async requestOfMatch(matchId) {
      return (await db.prisma.match.findUnique({ where: { id: matchId }, select: { requestId: true } }))?.requestId ?? null;
    },

    async latestRound(requestId) {
      return (await db.prisma.match.aggregate({ where: { requestId }, _max: { round: true } }))._max.round ?? null;
    },
  };
}
