import type { MatchItem } from "../core/matching/matchRequest.js";

/** Keeps what each buyer was shown, so shortlists are auditable and introductions can cite them. */
export interface MatchStore {
  /** Stores a shortlist as the request's next round of Match rows; returns the round and row ids in rank order. */
  saveShortlist(requestId: string, items: MatchItem[]): Promise<{ round: number; matchIds: string[] }>;
  /** Every seller shown for this request in any round. */
  sellersShown(requestId: string): Promise<string[]>;
  /** Each seller's best row of one round, best sellers first, at most `n`: the rows of [Introduce top N]. */
  topSellerMatches(requestId: string, round: number, n: number): Promise<string[]>;
  /** The request a Match row belongs to, or null. */
  requestOfMatch(matchId: string): Promise<string | null>;
  /** The request's latest round, or null before its first search. */
  latestRound(requestId: string): Promise<number | null>;
}
