// Limits that keep Caravan pleasant for sellers: a buyer has a bounded number of open requests and
// introductions per day, and a seller can report a lead as spam, which closes it and flags the
// buyer for admin review (a flagged buyer makes no new introductions until an admin clears them).
import { CoreError } from "../errors.js";
import type { BuyerRecord, DealTx } from "../../ports/dealStore.js";
import type { Actor, IntroductionStatus } from "./types.js";
import { limitsOf, type DealDeps } from "./deps.js";
import { knownBuyer, sellerIntroduction } from "./access.js";
import { canTransition } from "./introductionStatus.js";

const DAY_MS = 24 * 3600 * 1000;

export function assertNotUnderReview(buyer: BuyerRecord): void {
  if (buyer.flagged) throw new CoreError("forbidden", "buyer is flagged for review", { reason: "under_review" });
}

export async function assertIntroductionQuota(deps: DealDeps, tx: DealTx, buyerId: string, adding: number, now: Date): Promise<void> {
  const limit = limitsOf(deps).maxIntroductionsPerDay;
  const used = await tx.countIntroductionsSince(buyerId, new Date(now.getTime() - DAY_MS));
  if (used + adding > limit)
    throw new CoreError("rate_limited", "too many introductions today", { limit, used, remaining: Math.max(0, limit - used), windowHours: 24 });
}

/**
 * For whoever creates requests (the conversation): refuses a new request when the buyer already
 * has the maximum open, or is under review. Returns how many are open.
 */
export async function assertCanOpenRequest(deps: DealDeps, actor: Actor): Promise<{ open: number; limit: number }> {
  return deps.deals.transact(async (tx) => {
    const buyer = await knownBuyer(tx, actor);
    assertNotUnderReview(buyer);
    const limit = limitsOf(deps).maxOpenRequests;
    const open = await tx.countOpenRequests(buyer.id);
    if (open >= limit) throw new CoreError("rate_limited", "too many open requests", { limit, open, reason: "open_requests" });
    return { open, limit };
  });
}

/** The value the channels give the "report as spam" entry of their decline menus. */
export const REPORT_SPAM = "report_spam";

export interface SpamReportResult {
  introductionId: string;
  buyerFlagged: true;
  /** The lead's status after the report: closed, unless it had already ended (e.g. accepted). */
  status: IntroductionStatus;
}

/** A seller reports a lead as spam: the lead closes (declined, reason spam) and the buyer is flagged. */
export async function reportSpam(deps: DealDeps, actor: Actor, input: { introductionId: string; note?: string }): Promise<SpamReportResult> {
  const now = deps.clock.now();
  const note = input.note?.trim().slice(0, 500) || null;
  return deps.deals.transact(async (tx) => {
    const ctx = await sellerIntroduction(tx, actor, input.introductionId);
    if (ctx.intro.spamReportedAt) throw new CoreError("already_done", "lead already reported", { introductionId: ctx.intro.id });
    const closes = canTransition(ctx.intro.status, "declined_by_seller");
    const ok = await tx.updateIntroduction(ctx.intro.id, ctx.intro.status, {
      spamReportedAt: now,
      ...(closes ? { status: "declined_by_seller" as const, declineReason: "spam", declineNote: note, closedAt: now } : {}),
    });
    if (!ok) throw new CoreError("conflict", "lead changed meanwhile", { introductionId: ctx.intro.id });
    await tx.flagBuyer(ctx.buyer.id, `spam report by ${ctx.seller.name} on introduction ${ctx.intro.id}${note ? `: ${note}` : ""}`);
    await tx.addMessage({ introductionId: ctx.intro.id, authorSide: "system", kind: "spam_report", text: "Reported as spam by the seller", createdAt: now });
    // The buyer is not told: an admin reviews the report first.
    return { introductionId: ctx.intro.id, buyerFlagged: true, status: closes ? "declined_by_seller" : ctx.intro.status };
  });
}
