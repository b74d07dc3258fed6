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

// Raw SQL, not Prisma: `npm run buyers` is all this file serves, and Prisma's query compiler (a
// WebAssembly module of several MB, compiled at the first Prisma query) cost the command more than
// everything else it does. Timestamps are read in UTC, as Prisma stores them.
const LIST_SQL = `
  SELECT b.id, b.platform::text AS platform, b."externalId", b.username, b.name, b.company, b.country, b.active, b.flagged,
         b."flaggedNote", (b."createdAt" AT TIME ZONE 'UTC') AS "createdAt",
         (SELECT count(*) FROM "SourcingRequest" r WHERE r."buyerId" = b.id)::int AS requests,
         (SELECT count(*) FROM "Introduction" i JOIN "SourcingRequest" r ON r.id = i."requestId" WHERE r."buyerId" = b.id)::int AS introductions
  FROM "Buyer" b
  WHERE $1::boolean = false OR b.flagged
  ORDER BY b.flagged DESC, b."createdAt" DESC
  LIMIT $2`;

export function createBuyerAdmin(db: Database) {
  return {
    async counts(): Promise<{ total: number; active: number; flagged: number }> {
      const [row] = await db.query<{ total: number; active: number; flagged: number }>(
        `SELECT count(*)::int AS total, (count(*) FILTER (WHERE active))::int AS active, (count(*) FILTER (WHERE flagged))::int AS flagged FROM "Buyer"`,
      );
      return { total: row!.total, active: row!.active, flagged: row!.flagged };
    },

    async list(opts: { flaggedOnly: boolean; limit: number }): Promise<BuyerAdminRow[]> {
      const rows = await db.query<BuyerAdminRow>(LIST_SQL, [opts.flaggedOnly, opts.limit]);
      return rows.map((b) => ({
        id: b.id, platform: b.platform, externalId: b.externalId, username: b.username, name: b.name, company: b.company, country: b.country,
        active: b.active, flagged: b.flagged, flaggedNote: b.flaggedNote, requests: b.requests, introductions: b.introductions,
        createdAt: new Date(b.createdAt),
      }));
    },

    /** Clears the flag of a buyer (by id); false when no flagged buyer has that id. */
    async clear(id: string): Promise<boolean> {
      const rows = await db.query(`UPDATE "Buyer" SET flagged = false, "flaggedNote" = NULL, "updatedAt" = now() WHERE id = $1 AND flagged RETURNING id`, [id]);
      return rows.length === 1;
    },
  };
}
