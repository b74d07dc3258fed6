// Sourcing requests as the conversation keeps them: created from a buyer's text, completed by
// answers, read back to search, listed and cancelled by their buyer.
import type { StructuredRequest } from "../core/model.js";

export interface LoadedRequest {
  id: string;
  buyerId: string;
  status: string;
  rawText: string;
  request: StructuredRequest;
}

export interface RequestSummary {
  id: string;
  product: string | null;
  rawText: string;
  status: string;
  createdAt: Date;
  /** Watched for a seller who lists it until this time (see watch()); null when not watched. */
  watchUntil: Date | null;
}

/** Statuses a buyer may still cancel (before a seller was contacted). */
export const CANCELLABLE_STATUSES = ["draft", "ready", "matched"] as const;

export interface RequestStore {
  /**
   * Creates the buyer's request; with `clientKey` (the input that asked for it, e.g. a Telegram
   * update_id) at most one per key: the same key again returns the request it made.
   */
  create(buyerId: string, rawText: string, request: StructuredRequest, clientKey?: string): Promise<string>;
  /** The request made by input `clientKey`, if there is one. */
  byClientKey(buyerId: string, clientKey: string): Promise<string | null>;
  update(requestId: string, request: StructuredRequest, rawText?: string): Promise<void>;
  load(requestId: string): Promise<LoadedRequest | null>;
  /** Cancels the buyer's request if it is still cancellable; false otherwise (not theirs, gone, too late). */
  cancel(buyerId: string, requestId: string): Promise<boolean>;
  /** The buyer's latest requests, newest first. */
  list(buyerId: string, limit: number): Promise<RequestSummary[]>;
  /** The buyer's latest request with a quote (quoted or accepted introduction). */
  latestQuoted(buyerId: string): Promise<{ id: string; product: string | null } | null>;
  /**
   * Watches the buyer's request until `until`: nothing fitted, and the buyer wants to hear when a
   * seller lists it. False when the request is not theirs or not searchable ("ready").
   */
  watch(buyerId: string, requestId: string, until: Date): Promise<boolean>;
  /**
   * Watched, searchable requests whose watch runs past `now` and has not searched the catalog as
   * it is now; `catalog` stamps that catalog (the last product change).
   */
  watchesDue(now: Date, limit: number): Promise<{ requestIds: string[]; catalog: Date | null }>;
  /** The watch searched the catalog stamped `catalog` and found nothing yet. */
  watchChecked(requestId: string, catalog: Date): Promise<void>;
  /** Requests whose watch ran out at or before `now` and has not been ended yet. */
  watchesExpired(now: Date, limit: number): Promise<string[]>;
}
