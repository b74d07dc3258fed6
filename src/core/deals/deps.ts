// What every deals action needs: the unit-of-work store, a clock (fake in tests), the anti-spam
// and timer limits, and the indicative exchange rates used to compare quotes.
import type { Clock } from "../../ports/clock.js";
import type { DealStore } from "../../ports/dealStore.js";
import type { RateTable } from "../matching/currency.js";
import type { Platform } from "./types.js";

export interface DealLimits {
  /** Open (not closed or cancelled) requests a buyer may have at once. */
  maxOpenRequests: number;
  /** Introductions a buyer may make in any 24 hours. */
  maxIntroductionsPerDay: number;
  /** Hours after delivery before an unanswered lead reminds the seller. */
  reminderHours: number;
  /** Hours after delivery before an unanswered lead expires and the buyer is offered the next match. */
  expiryHours: number;
}

export const DEFAULT_DEAL_LIMITS: DealLimits = { maxOpenRequests: 5, maxIntroductionsPerDay: 15, reminderHours: 48, expiryHours: 96 };

export interface DealDeps {
  deals: DealStore;
  clock: Clock;
  limits?: Partial<DealLimits>;
  rates?: RateTable;
  /** Where seller-bound messages go (default discord; the playground can stand in for it). */
  sellerPlatform?: Platform;
}

export const limitsOf = (deps: DealDeps): DealLimits => ({ ...DEFAULT_DEAL_LIMITS, ...deps.limits });

export const sellerPlatformOf = (deps: DealDeps): Platform => deps.sellerPlatform ?? "discord";
