// The deals funnel for admins (npm run stats) and a seller's response rate (Discord /profile):
// requests → matched → introduced → quoted → accepted, median time from lead delivery to the
// first quote, and per seller how many leads they answered (quote, decline or a message).
import type { Database } from "./database.js";

export interface DealFunnel {
  requests: number;
  matched: number;
  introduced: number;
  quoted: number;
  accepted: number;
}

export interface SellerStats {
  sellerId: string;
  seller: string;
  leads: number;
  answered: number;
  quoted: number;
  accepted: number;
  declined: number;
  expired: number;
  /** answered / leads, 0..1; null with no leads. */
  responseRate: number | null;
  medianHoursToFirstQuote: number | null;
}

export interface DealStats {
  since: string | null;
  funnel: DealFunnel;
  introductionsByStatus: Record<string, number>;
  medianHoursToFirstQuote: number | null;
  sellers: SellerStats[];
}

const num = (v: unknown): number => Number(v ?? 0);
const hours = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);

// Requests are counted by when they were created, introductions by when they were made.
const FUNNEL_SQL = `
SELECT count(*) AS requests,
  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Match" m WHERE m."requestId" = r.id)) AS matched,
  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Introduction" i WHERE i."requestId" = r.id)) AS introduced,
  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Quote" q JOIN "Introduction" i ON i.id = q."introductionId" WHERE i."requestId" = r.id)) AS quoted,
  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Quote" q JOIN "Introduction" i ON i.id = q."introductionId" WHERE i."requestId" = r.id AND q.status = 'accepted')) AS accepted
FROM "SourcingRequest" r WHERE ($1::timestamp IS NULL OR r."createdAt" >= $1::timestamp)`;

const RESPONSE_HOURS = `EXTRACT(EPOCH FROM (i."firstQuoteAt" - COALESCE(i."deliveredAt", i."createdAt"))) / 3600.0`;

export const SELLERS_SQL = `
SELECT s.id AS "sellerId", s.name AS seller, count(*) AS leads,
  count(*) FILTER (WHERE i."firstQuoteAt" IS NOT NULL OR i.status = 'declined_by_seller'
    OR EXISTS (SELECT 1 FROM "ThreadMessage" t WHERE t."introductionId" = i.id AND t."authorSide" = 'seller')) AS answered,
  count(*) FILTER (WHERE i."firstQuoteAt" IS NOT NULL) AS quoted,
  count(*) FILTER (WHERE i.status = 'accepted') AS accepted,
  count(*) FILTER (WHERE i.status = 'declined_by_seller') AS declined,
  count(*) FILTER (WHERE i.status = 'expired') AS expired,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY ${RESPONSE_HOURS}) FILTER (WHERE i."firstQuoteAt" IS NOT NULL) AS median
FROM "Introduction" i JOIN "Seller" s ON s.id = i."sellerId"
WHERE ($1::timestamp IS NULL OR i."createdAt" >= $1::timestamp) AND ($2::text IS NULL OR s.id = $2::text)
GROUP BY s.id, s.name ORDER BY count(*) DESC, s.name`;

export async function dealStats(db: Database, opts: { since?: Date; sellerId?: string } = {}): Promise<DealStats> {
  const since = opts.since ? opts.since.toISOString().replace("T", " ").replace("Z", "") : null;
  const [f] = await db.query<Record<string, unknown>>(FUNNEL_SQL, [since]);
  const statuses = await db.query<{ status: string; n: unknown }>(
    `SELECT status::text AS status, count(*) AS n FROM "Introduction" WHERE ($1::timestamp IS NULL OR "createdAt" >= $1::timestamp) GROUP BY status ORDER BY status`,
    [since],
  );
  const [median] = await db.query<{ median: unknown }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${RESPONSE_HOURS}) AS median FROM "Introduction" i
     WHERE i."firstQuoteAt" IS NOT NULL AND ($1::timestamp IS NULL OR i."createdAt" >= $1::timestamp)`,
    [since],
  );
  const sellers = await db.query<Record<string, unknown>>(SELLERS_SQL, [since, opts.sellerId ?? null]);
  return {
    since: opts.since ? opts.since.toISOString().slice(0, 10) : null,
    funnel: { requests: num(f?.requests), matched: num(f?.matched), introduced: num(f?.introduced), quoted: num(f?.quoted), accepted: num(f?.accepted) },
    introductionsByStatus: Object.fromEntries(statuses.map((s) => [s.status, num(s.n)])),
    medianHoursToFirstQuote: hours(median?.median),
    sellers: sellers.map((s) => {
      const leads = num(s.leads), answered = num(s.answered);
      return {
        sellerId: String(s.sellerId), seller: String(s.seller), leads, answered, quoted: num(s.quoted), accepted: num(s.accepted),
        declined: num(s.declined), expired: num(s.expired), responseRate: leads ? Math.round((answered / leads) * 1000) / 1000 : null,
        medianHoursToFirstQuote: hours(s.median),
      };
    }),
  };
}

/** Hours from lead delivery to first quote, bucketed for the report's chart; `upTo` null is the open-ended last bucket. */
export interface QuoteDelayBucket {
  label: string;
  upTo: number | null;
  count: number;
}

const DELAY_BUCKETS: [string, number | null][] = [["< 1 h", 1], ["1–4 h", 4], ["4–12 h", 12], ["12–24 h", 24], ["1–2 d", 48], ["2–4 d", 96], ["> 4 d", null]];

/** How long sellers took to send a first quote, as counts per bucket (every bucket present, zeros too). */
export async function firstQuoteDelays(db: Database, opts: { since?: Date } = {}): Promise<QuoteDelayBucket[]> {
  const since = opts.since ? opts.since.toISOString().replace("T", " ").replace("Z", "") : null;
  const bounds = DELAY_BUCKETS.flatMap(([, upTo]) => (upTo === null ? [] : [upTo]));
  // width_bucket over the upper bounds: 0 = below the first, k = in [bounds[k-1], bounds[k]).
  const rows = await db.query<{ bucket: unknown; n: unknown }>(
    `SELECT width_bucket(${RESPONSE_HOURS}, $2::float8[]) AS bucket, count(*) AS n FROM "Introduction" i
     WHERE i."firstQuoteAt" IS NOT NULL AND ($1::timestamp IS NULL OR i."createdAt" >= $1::timestamp) GROUP BY 1`,
    [since, bounds],
  );
  const counts = new Map(rows.map((r) => [num(r.bucket), num(r.n)]));
  return DELAY_BUCKETS.map(([label, upTo], k) => ({ label, upTo, count: counts.get(k) ?? 0 }));
}
