// One round of a buyer's shortlist, as every chat channel runs it: [Search suppliers] matches the
// request and stores what was shown as Match rows; [More suppliers] does the same without the
// sellers any earlier round showed, so the buyer sees new faces.
import type { StructuredRequest } from "../model.js";
import type { MatchStore } from "../../ports/matchStore.js";
import { matchRequest, type MatchDeps, type Shortlist } from "./matchRequest.js";

/** How many sellers [Introduce top N] introduces at once. */
export const INTRODUCE_TOP = 3;
/** A buyer's shortlist: five products, at most two per seller. */
export const SHORTLIST = { limit: 5, perSeller: 2 } as const;

export interface ShortlistRound extends Shortlist {
  /** The stored round and its Match row ids in rank order; null and [] when nothing matched. */
  round: number | null;
  matchIds: string[];
}

export async function shortlistRound(
  deps: MatchDeps, store: MatchStore, req: { id: string; request: StructuredRequest; rawText: string }, opts: { more: boolean },
): Promise<ShortlistRound> {
  const excludeSellerIds = opts.more ? await store.sellersShown(req.id) : [];
  const shortlist = await matchRequest(deps, req.request, { ...SHORTLIST, rawText: req.rawText, excludeSellerIds });
  if (!shortlist.items.length) return { ...shortlist, round: null, matchIds: [] };
  const { round, matchIds } = await store.saveShortlist(req.id, shortlist.items);
  return { ...shortlist, round, matchIds };
}
