// Admin view of buyers: who is flagged for review (sellers' spam reports) and clearing a flag once
// reviewed. A flagged buyer can open no requests and make no introductions until cleared.
import type { Database } from "./database.js";

export interface BuyerAdminRow {
  id: string;
  platform: string;
  externalId: string;
  username: string | null;
  name: string | null;
  company: string | null;
  country: string | null;
  active: boolean;
  flagged: boolean;
  flaggedNote: string | null;
  requests: number;
  introductions: number;
  createdAt: Date;
}

export function createBuyerAdmin(db: Database) {
  return {
    async counts(): Promise<{ total: number; active: number; flagged: number }> {
      const [total, active, flagged] = await Promise.all([
        db.prisma.buyer.count(),
        db.prisma.buyer.count({ where: { active: true } }),
        db.prisma.buyer.count({ where: { flagged: true } }),
      ]);
      return { total, active, flagged };
    },

    async list(opts: { flaggedOnly: boolean; limit: number }): Promise<BuyerAdminRow[]> {
      const rows = await db.prisma.buyer.findMany({
        where: opts.flaggedOnly ? { flagged: true } : {},
        orderBy: [{ flagged: "desc" }, { createdAt: "desc" }],
        take: opts.limit,
        include: { _count: { select: { requests: true } }, requests: { select: { _count: { select: { introductions: true } } } } },
      });
      return rows.map((b) => ({
        id: b.id, platform: b.platform, externalId: b.externalId, username: b.username, name: b.name, company: b.company, country: b.country,
        active: b.active, flagged: b.flagged, flaggedNote: b.flaggedNote, requests: b._count.requests,
        introductions: b.requests.reduce((n, r) => n + r._count.introductions, 0), createdAt: b.createdAt,
      }));
    },

    /** Clears the flag of a buyer (by id); false when no flagged buyer has that id. */
    async clear(id: string): Promise<boolean> {
      const r = await db.prisma.buyer.updateMany({ where: { id, flagged: true }, data: { flagged: false, flaggedNote: null } });
      return r.count === 1;
    },
  };
}
