// A public product-search relevance set, read for `npm run eval:public`: the labelled training
// file of the Home Depot Product Search Relevance task (columns id, product_uid, product_title,
// search_term, relevance; relevance is the mean of several people's grades, 1 = irrelevant,
// 2 = partly, 3 = exactly relevant). The file is not ours to redistribute, so it is never committed:
// the reader passes its path.
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { z } from "zod";

const rowSchema = z.object({
  product_uid: z.string().min(1),
  product_title: z.string().min(1),
  search_term: z.string().min(1),
  relevance: z.coerce.number().min(1).max(3),
});

export interface JudgedQuery {
  query: string;
  /** product_uid → grade 0–2 (relevance − 1), the scale the ranking metrics expect. */
  grades: Map<string, number>;
}

export interface ProductSearchSet {
  queries: JudgedQuery[];
  /** Every product of the pool: the sampled queries' judged products, then others up to the pool size. */
  products: { uid: string; title: string }[];
}

export interface SampleOptions {
  queries: number;
  /** Eligible queries skipped first: the default sample (offset 0) is the held-out one, a later slice a dev one. */
  offset?: number;
  pool: number;
  /** Least judged products per query: a query with one or two judgments cannot tell rankings apart. */
  minJudged?: number;
}

// A fixed, content-derived order: the same file gives the same sample on every machine.
const order = (s: string) => createHash("sha1").update(s).digest("hex");

/**
 * Reads the file and draws a reproducible sample: queries with at least `minJudged` judged products,
 * among them both a relevant one (≥ 2.5) and a weak one (≤ 2) — the queries where ranking matters —
 * in hash order; and the product pool a search runs over, every judged product of those queries
 * plus others of the file, also in hash order, so unjudged products compete as they would in a shop.
 */
export function sampleProductSearchSet(csvText: string, opts: SampleOptions): ProductSearchSet {
  const records = parse(csvText, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const byQuery = new Map<string, Map<string, number>>();
  const titles = new Map<string, string>();
  records.forEach((raw, i) => {
    const row = rowSchema.safeParse(raw);
    if (!row.success) throw new Error(`line ${i + 2}: ${row.error.issues[0]?.path.join(".")}: ${row.error.issues[0]?.message}`);
    const { product_uid: uid, product_title: title, search_term: q, relevance } = row.data;
    if (!titles.has(uid)) titles.set(uid, title);
    const query = q.trim().toLowerCase();
    const grades = byQuery.get(query) ?? new Map<string, number>();
    grades.set(uid, relevance - 1);
    byQuery.set(query, grades);
  });
  const minJudged = opts.minJudged ?? 5;
  const eligible = [...byQuery.entries()]
    .filter(([, g]) => g.size >= minJudged && [...g.values()].some((x) => x >= 1.5) && [...g.values()].some((x) => x <= 1))
    .sort((a, b) => order(a[0]).localeCompare(order(b[0])))
    .slice(opts.offset ?? 0, (opts.offset ?? 0) + opts.queries);
  const pool = new Set(eligible.flatMap(([, g]) => [...g.keys()]));
  for (const uid of [...titles.keys()].sort((a, b) => order(a).localeCompare(order(b)))) {
    if (pool.size >= opts.pool) break;
    pool.add(uid);
  }
  return {
    queries: eligible.map(([query, grades]) => ({ query, grades })),
    products: [...pool].map((uid) => ({ uid, title: titles.get(uid)! })),
  };
}
