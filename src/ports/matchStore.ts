import type { MatchItem } from "../core/matching/matchRequest.js";

/** Keeps what each buyer was shown, so shortlists are auditable and introductions can cite them. */
export interface MatchStore {
  /** Stores a shortlist as the request's next round of Match rows; returns the round and row ids in rank order. */
  saveShortlist(requestId: string, items: MatchItem[]): Promise<{ round: number; matchIds: string[] }>;
}
