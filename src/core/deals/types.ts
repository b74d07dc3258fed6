// The deals vocabulary shared by the core, its ports and the channels. Plain string unions that
// mirror the database enums, so nothing here depends on the Prisma client.

export const PLATFORMS = ["telegram", "discord", "playground"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const INTRODUCTION_STATUSES = [
  "proposed", "delivered", "viewed", "quoted", "accepted", "declined_by_buyer", "declined_by_seller", "expired",
] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

export const QUOTE_STATUSES = ["active", "superseded", "accepted", "declined", "expired"] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export type Side = "buyer" | "seller" | "system";

/**
 * Who is acting: the chat platform and that platform's user id (Telegram user id for buyers,
 * Discord user id for sellers, a session id in the playground). Every action takes one; the core
 * decides from the database what that person may do.
 */
export interface Actor {
  platform: Platform;
  userId: string;
}

/** Why a seller declines a lead: a short list a channel can offer as buttons, plus free text. */
export const DECLINE_REASONS = [
  "not_our_product", "quantity_too_small", "quantity_too_large", "price_too_low", "cannot_ship_there",
  "no_capacity", "deadline_too_short", "other",
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Why a buyer closes a thread with a seller. `accepted_other` is set by the core, not chosen. */
export const BUYER_DECLINE_REASONS = ["price", "terms", "lead_time", "found_elsewhere", "no_longer_needed", "other"] as const;
export type BuyerDeclineReason = (typeof BUYER_DECLINE_REASONS)[number] | "accepted_other";

/** Money and quantities travel as canonical decimal strings ("14.5"), never floats. */
export type DecimalString = string;
