// Time-driven changes, run periodically by the app with the current time (tests pass a fake one):
//  - a lead unanswered `reminderHours` after delivery reminds the seller, once;
//  - at `expiryHours` it expires, the seller's card is closed and the buyer is offered the next match;
//  - an active quote past its validity date becomes expired and the seller is told.
// "Unanswered" = no quote, no decline and no message from the seller. Each item is re-checked
// under its row locks, so several instances running timers at once act once.
import type { DealTx, IntroductionContext } from "../../ports/dealStore.js";
import { limitsOf, sellerPlatformOf, type DealDeps } from "./deps.js";
import { UNANSWERED_STATUSES } from "./introductionStatus.js";
import { buyerEnvelope, nextMatch, quoteFacts, sellerEnvelope, toBuyer, toSeller } from "./payloads.js";
import { startOfUtcDay } from "./decimal.js";

const HOUR = 3_600_000;
const BATCH = 200;

export interface TimerReport {
  reminded: string[];
  expired: string[];
  quotesExpired: string[];
  /** Items that failed (the next run retries them). */
  failed: { id: string; error: string }[];
}

const clockStart = (ctx: IntroductionContext): Date => ctx.intro.deliveredAt ?? ctx.intro.createdAt;

async function unanswered(tx: DealTx, ctx: IntroductionContext, cutoff: Date): Promise<boolean> {
  return UNANSWERED_STATUSES.includes(ctx.intro.status) && clockStart(ctx) <= cutoff && !(await tx.hasSellerMessage(ctx.intro.id));
}

async function expireLead(deps: DealDeps, id: string, cutoff: Date, now: Date): Promise<boolean> {
  return deps.deals.transact(async (tx) => {
    const ctx = await tx.lockIntroduction(id);
    if (!ctx || !(await unanswered(tx, ctx, cutoff))) return false;
    if (!(await tx.updateIntroduction(id, ctx.intro.status, { status: "expired", closedAt: now }))) return false;
    const msg = await tx.addMessage({ introductionId: id, authorSide: "system", kind: "decision", text: "Expired: the seller did not answer in time", createdAt: now });
    const introduced = new Set((await tx.listIntroductions({ requestId: ctx.request.id })).map((c) => c.intro.sellerId));
    await tx.enqueue([
      ...toBuyer(ctx.buyer, id, "lead_expired", {
        ...buyerEnvelope(ctx), threadMessageId: msg.id, nextMatch: nextMatch(await tx.listMatches(ctx.request.id), introduced),
      }, `expired:${id}:buyer`),
      toSeller(sellerPlatformOf(deps), id, "lead_closed", { ...sellerEnvelope(ctx), threadMessageId: msg.id, status: "expired", reason: null, note: null }, `expired:${id}:seller`),
    ]);
    return true;
  });
}

async function remind(deps: DealDeps, id: string, cutoff: Date, now: Date): Promise<boolean> {
  const { expiryHours } = limitsOf(deps);
  return deps.deals.transact(async (tx) => {
    const ctx = await tx.lockIntroduction(id);
    if (!ctx || ctx.intro.remindedAt || !(await unanswered(tx, ctx, cutoff))) return false;
    if (!(await tx.updateIntroduction(id, ctx.intro.status, { remindedAt: now }))) return false;
    const start = clockStart(ctx);
    await tx.enqueue([
      toSeller(sellerPlatformOf(deps), id, "reminder", {
        ...sellerEnvelope(ctx), product: ctx.request.product,
        hoursOpen: Math.floor((now.getTime() - start.getTime()) / HOUR),
        expiresAt: new Date(start.getTime() + expiryHours * HOUR).toISOString(),
      }, `reminder:${id}`),
    ]);
    return true;
  });
}

async function expireQuote(deps: DealDeps, quoteId: string, introductionId: string, now: Date): Promise<boolean> {
  return deps.deals.transact(async (tx) => {
    const ctx = await tx.lockIntroduction(introductionId);
    const q = await tx.getQuote(quoteId);
    if (!ctx || !q || (await tx.setQuoteStatus([quoteId], ["active"], "expired")) !== 1) return false;
    await tx.addMessage({ introductionId, authorSide: "system", kind: "quote_expired", text: `Quote v${q.version} expired`, createdAt: now });
    await tx.enqueue([
      toSeller(sellerPlatformOf(deps), introductionId, "quote_expired", { ...sellerEnvelope(ctx), quote: { ...quoteFacts(q), status: "expired" } }, `quote-expired:${quoteId}`),
    ]);
    return true;
  });
}

async function each(ids: string[], into: string[], failed: TimerReport["failed"], fn: (id: string) => Promise<boolean>): Promise<void> {
  for (const id of ids) {
    try {
      if (await fn(id)) into.push(id);
    } catch (e) {
      failed.push({ id, error: e instanceof Error ? e.message : String(e) });
    }
  }
}

export async function runTimers(deps: DealDeps, now: Date = deps.clock.now()): Promise<TimerReport> {
  const { reminderHours, expiryHours } = limitsOf(deps);
  const report: TimerReport = { reminded: [], expired: [], quotesExpired: [], failed: [] };
  const expiryCutoff = new Date(now.getTime() - expiryHours * HOUR);
  const reminderCutoff = new Date(now.getTime() - reminderHours * HOUR);

  // Expiry first: a lead found late (past both delays) expires without a pointless reminder.
  const toExpire = await deps.deals.transact((tx) => tx.findUnansweredLeads(expiryCutoff, { unremindedOnly: false, limit: BATCH }));
  await each(toExpire, report.expired, report.failed, (id) => expireLead(deps, id, expiryCutoff, now));

  const toRemind = await deps.deals.transact((tx) => tx.findUnansweredLeads(reminderCutoff, { unremindedOnly: true, limit: BATCH }));
  await each(toRemind, report.reminded, report.failed, (id) => remind(deps, id, reminderCutoff, now));

  const lapsed = await deps.deals.transact((tx) => tx.findLapsedQuotes(startOfUtcDay(now), BATCH));
  const introOf = new Map(lapsed.map((q) => [q.id, q.introductionId]));
  await each(lapsed.map((q) => q.id), report.quotesExpired, report.failed, (id) => expireQuote(deps, id, introOf.get(id) ?? "", now));
  return report;
}
