// Reads for the channels: the seller's open leads (/leads), the buyer's threads (/threads), one
// thread for the buyer, routing a reply to the right thread, and where a lead lives on Discord.
import { CoreError } from "../errors.js";
import type { Actor, IntroductionStatus, Platform } from "./types.js";
import type { DealDeps } from "./deps.js";
import { buyerIntroduction, knownBuyer, knownSeller } from "./access.js";
import { FINAL_STATUSES, CONVERSABLE_STATUSES } from "./introductionStatus.js";
import { dealView, listItem, type DealListItem, type DealView } from "./views.js";

/** The seller's leads, newest first; live ones (open or accepted) unless `all`. */
export async function listSellerLeads(deps: DealDeps, actor: Actor, opts: { all?: boolean; limit?: number } = {}): Promise<DealListItem[]> {
  const now = deps.clock.now();
  return deps.deals.transact(async (tx) => {
    const sellerId = await knownSeller(tx, actor);
    const rows = await tx.listIntroductions({ sellerId, ...(opts.all ? {} : { statuses: CONVERSABLE_STATUSES }), limit: opts.limit ?? 25 });
    return rows.map((c) => listItem(c, now));
  });
}

/** The buyer's threads with sellers (optionally of one request), newest first; live ones unless `all`. */
export async function listBuyerThreads(
  deps: DealDeps, actor: Actor, opts: { requestId?: string; all?: boolean; limit?: number } = {},
): Promise<DealListItem[]> {
  const now = deps.clock.now();
  return deps.deals.transact(async (tx) => {
    const buyer = await knownBuyer(tx, actor);
    const statuses: readonly IntroductionStatus[] | undefined = opts.all ? undefined : CONVERSABLE_STATUSES;
    const rows = await tx.listIntroductions({ buyerId: buyer.id, ...(opts.requestId ? { requestId: opts.requestId } : {}), ...(statuses ? { statuses } : {}), limit: opts.limit ?? 25 });
    return rows.map((c) => listItem(c, now));
  });
}

/** One thread as the buyer sees it (the seller's company, quotes, messages). */
export async function getBuyerThread(deps: DealDeps, actor: Actor, input: { introductionId: string }): Promise<DealView> {
  return deps.deals.transact(async (tx) => dealView(tx, await buyerIntroduction(tx, actor, input.introductionId)));
}

/**
 * The thread a platform message belongs to — e.g. the buyer replied to a seller's message in
 * Telegram. Null when the message is not a relayed one or not in one of this actor's threads.
 */
export async function threadForReply(deps: DealDeps, actor: Actor, input: { platformMessageId: string }): Promise<{ introductionId: string; sellerName: string; status: IntroductionStatus } | null> {
  return deps.deals.transact(async (tx) => {
    const candidates = await tx.findMessagesByPlatformId(actor.platform, input.platformMessageId);
    if (!candidates.length) return null;
    const buyer = await tx.findBuyer(actor.platform, actor.userId);
    const sellerId = await tx.sellerIdOfMember(actor.platform, actor.userId);
    for (const msg of candidates) {
      const ctx = await tx.getIntroduction(msg.introductionId);
      if (ctx && ((buyer && buyer.id === ctx.request.buyerId) || (sellerId && sellerId === ctx.intro.sellerId)))
        return { introductionId: ctx.intro.id, sellerName: ctx.seller.name, status: ctx.intro.status };
    }
    return null;
  });
}

export interface LeadRouting {
  introductionId: string;
  sellerId: string;
  sellerName: string;
  status: IntroductionStatus;
  final: boolean;
  discordThreadId: string | null;
  discordCardId: string | null;
  /** Linked accounts of the seller on the seller platform (to add to a private thread). */
  memberIds: string[];
  /** The language the seller's accounts use (the latest seen), for posts they did not ask for; null when unknown. */
  language: string | null;
}

/** Where a lead lives on the seller desk: for the delivering channel, not for users. */
export async function leadRouting(deps: DealDeps, introductionId: string, platform: Platform = deps.sellerPlatform ?? "discord"): Promise<LeadRouting> {
  return deps.deals.transact(async (tx) => {
    const ctx = await tx.getIntroduction(introductionId);
    if (!ctx) throw new CoreError("not_found", `introduction ${introductionId} not found`, { entity: "introduction" });
    return {
      introductionId, sellerId: ctx.seller.id, sellerName: ctx.seller.name, status: ctx.intro.status,
      final: FINAL_STATUSES.includes(ctx.intro.status),
      discordThreadId: ctx.intro.discordThreadId, discordCardId: ctx.intro.discordCardId,
      memberIds: await tx.listMemberIds(ctx.seller.id, platform),
      language: await tx.memberLanguage(ctx.seller.id, platform),
    };
  });
}
