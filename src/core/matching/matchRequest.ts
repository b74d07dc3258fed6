// The heart of Caravan: a structured request (or plain text, parsed first) → a short, explained
// list of products from different sellers. Retrieval is hybrid — keyword (BM25) and semantic
// (vector) lists fused by rank — then constraint-aware re-ranking and seller diversity.
import type { StructuredRequest } from "../model.js";
import type { CatalogSearch, ProductFacts } from "../../ports/catalogSearch.js";
import type { Embedder } from "../../ports/embedder.js";
import type { VectorIndex } from "../../ports/vectorIndex.js";
import type { RequestParser } from "../../ports/requestParser.js";
import type { Clock } from "../../ports/clock.js";
import { reciprocalRankFusion } from "./fuse.js";
import { expandQuery } from "./queryExpansion.js";
import { evaluateConstraints } from "./constraints.js";
import { splitCertifications } from "./certifications.js";
import { DEFAULT_RATES, type RateTable } from "./currency.js";
import { reason, type Reason } from "./reasons.js";

export interface MatchDeps {
  catalog: CatalogSearch;
  embedder: Embedder;
  index: VectorIndex;
  parser: RequestParser;
  clock: Clock;
  rates?: RateTable;
}

export interface MatchOptions {
  /** How many results (default 5: a shortlist a buyer can read). */
  limit?: number;
  /** At most this many products per seller while other sellers have candidates (default 2). */
  perSeller?: number;
  /** Certificates are a must: products lacking one are excluded, not just ranked lower. */
  certificationsRequired?: boolean;
  /** Sellers to leave out (already introduced, declined, expired). */
  excludeSellerIds?: string[];
  /** Raw buyer text, used as a second keyword query beside the product phrase. */
  rawText?: string;
}

export interface MatchItem {
  product: ProductFacts;
  score: number;
  reasons: Reason[];
}

export type Suggestion =
  | { code: "relax_certifications"; certs: string[]; wouldMatch: number }
  | { code: "rephrase" };

export interface Shortlist {
  request: StructuredRequest;
  items: MatchItem[];
  suggestion: Suggestion | null;
}

const CANDIDATES = 150;
/** Rank-fusion weights, chosen on data/eval/matching.jsonl (see README: matching quality). */
const WEIGHTS = { rawLexical: 1, rawVector: 0.5, phraseLexical: 0.25 };

export async function matchText(deps: MatchDeps, text: string, opts: MatchOptions = {}): Promise<Shortlist> {
  const request = await deps.parser.parse(text, { now: deps.clock.now().toISOString().slice(0, 10) });
  return matchRequest(deps, request, { rawText: text, ...opts });
}

export async function matchRequest(deps: MatchDeps, request: StructuredRequest, opts: MatchOptions = {}): Promise<Shortlist> {
  const limit = opts.limit ?? 5;
  const perSeller = opts.perSeller ?? 2;
  const query = (request.product ?? opts.rawText ?? "").trim();
  if (!query) return { request, items: [], suggestion: { code: "rephrase" } };

  // Two queries: the buyer's own words, and the product phrase the parser extracted. Measured
  // on the dev set (README), the raw text is the better query — the phrase can lose what makes a
  // product specific ("ISO 3632", "7075", "VW Golf 7") — so it leads, keyword (BM25) and vector
  // lists fused by rank; the phrase's keyword list adds a lighter vote for what the parser found.
  const raw = expandQuery(opts.rawText?.trim() || query);
  const [rawLexical, rawVector, phraseLexical] = await Promise.all([
    deps.catalog.lexical(raw, CANDIDATES),
    deps.embedder.embedQuery(raw).then((v) => deps.index.query(v, { topK: CANDIDATES })),
    raw.toLowerCase() !== query.toLowerCase() ? deps.catalog.lexical(query, CANDIDATES) : Promise.resolve([]),
  ]);
  const fused = reciprocalRankFusion([
    { items: rawLexical, weight: WEIGHTS.rawLexical },
    { items: rawVector, weight: WEIGHTS.rawVector },
    { items: phraseLexical, weight: WEIGHTS.phraseLexical },
  ]);
  const lexical = [...rawLexical, ...phraseLexical];
  const top = Math.max(...fused.values(), Number.MIN_VALUE);
  const terms = new Map<string, string[]>();
  for (const h of lexical) terms.set(h.id, [...(terms.get(h.id) ?? []), ...h.terms]);
  const excluded = new Set(opts.excludeSellerIds ?? []);
  const products = (await deps.catalog.products([...fused.keys()])).filter((p) => !excluded.has(p.sellerId));

  const now = deps.clock.now();
  const rates = deps.rates ?? DEFAULT_RATES;
  const scored: MatchItem[] = [];
  let failedCerts = 0;
  for (const p of products) {
    if (opts.certificationsRequired && request.certifications.length && splitCertifications(request.certifications, p.certifications).missing.length) {
      failedCerts++;
      continue;
    }
    const relevance = (fused.get(p.id) ?? 0) / top;
    const c = evaluateConstraints(request, p, now, rates);
    const why: Reason[] = [];
    const matchedTerms = terms.get(p.id);
    if (matchedTerms?.length) why.push(reason("terms", true, { terms: [...new Set(matchedTerms)].slice(0, 6).join(", ") }));
    if (p.category) why.push(reason("category", true, { category: p.category }));
    scored.push({ product: p, score: Math.round(relevance * c.factor * 1e4) / 1e4, reasons: [...why, ...c.reasons] });
  }
  scored.sort((a, b) => b.score - a.score || a.product.sku.localeCompare(b.product.sku));
  const items = diversify(scored, limit, perSeller);

  let suggestion: Suggestion | null = null;
  if (!items.length && failedCerts > 0) suggestion = { code: "relax_certifications", certs: request.certifications, wouldMatch: failedCerts };
  else if (!items.length) suggestion = { code: "rephrase" };
  return { request, items, suggestion };
}

/**
 * Buyers want suppliers, not ten SKUs of one: among the strong candidates (score at least
 * `strongShare` of the best) take at most `perSeller` per seller; then the other strong ones; then
 * the rest. A weak product of another seller never displaces a strong one just for variety.
 */
export function diversify(sorted: MatchItem[], limit: number, perSeller: number, strongShare = 0.5): MatchItem[] {
  const best = sorted[0]?.score ?? 0;
  const picked: MatchItem[] = [];
  const overflow: MatchItem[] = [];
  const count = new Map<string, number>();
  for (const item of sorted) {
    if (item.score < best * strongShare) break;
    const n = count.get(item.product.sellerId) ?? 0;
    if (n < perSeller) {
      picked.push(item);
      count.set(item.product.sellerId, n + 1);
    } else overflow.push(item);
  }
  const strong = picked.length + overflow.length;
  return [...picked, ...overflow, ...sorted.slice(strong)].slice(0, limit);
}
