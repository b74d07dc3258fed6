// Contact details are exchanged only when both sides agree. Until then the seller knows the
// buyer's country and company type, the buyer knows the seller's company. The first side to agree
// makes the other side an offer; the second makes both receive the other's contact (via outbox).
import { CoreError } from "../errors.js";
import type { DealTx, IntroductionContext } from "../../ports/dealStore.js";
import type { Actor } from "./types.js";
import { sellerPlatformOf, type DealDeps } from "./deps.js";
import { buyerIntroduction, sellerIntroduction } from "./access.js";
import { assertConversable } from "./introductionStatus.js";
import { recipient, toBuyer, toSeller } from "./payloads.js";
import { buyerCounterpart, sellerCounterpart } from "./views.js";

export interface ContactShareResult {
  introductionId: string;
  buyerAgreed: boolean;
  sellerAgreed: boolean;
  /** True when this call completed the exchange: both sides now receive the other's contact. */
  exchanged: boolean;
}

async function share(deps: DealDeps, tx: DealTx, ctx: IntroductionContext, side: "buyer" | "seller"): Promise<ContactShareResult> {
  const now = deps.clock.now();
  const { intro } = ctx;
  assertConversable(intro.status, "share contact details");
  const mine = side === "buyer" ? intro.buyerSharesContact : intro.sellerSharesContact;
  if (mine) throw new CoreError("already_done", "contact sharing already agreed", { introductionId: intro.id, side });
  const theirs = side === "buyer" ? intro.sellerSharesContact : intro.buyerSharesContact;
  const exchanged = theirs && !intro.contactsSharedAt;
  const ok = await tx.updateIntroduction(intro.id, intro.status, {
    ...(side === "buyer" ? { buyerSharesContact: true } : { sellerSharesContact: true }),
    ...(exchanged ? { contactsSharedAt: now } : {}),
  });
  if (!ok) throw new CoreError("conflict", "introduction changed meanwhile", { introductionId: intro.id });
  await tx.addMessage({
    introductionId: intro.id, authorSide: side, kind: "contact_share", createdAt: now,
    text: exchanged ? "Contact details exchanged" : `The ${side} agreed to share contact details`,
  });
  const sellerPlatform = sellerPlatformOf(deps);
  const base = { introductionId: intro.id, sellerId: ctx.seller.id, product: ctx.request.product };
  if (exchanged) {
    const buyerSide = { side: "buyer" as const, platform: ctx.buyer.platform, ...buyerCounterpart(ctx) };
    const sellerSide = { side: "seller" as const, platform: sellerPlatform, ...sellerCounterpart(ctx) };
    await tx.enqueue([
      ...toBuyer(ctx.buyer, intro.id, "contacts", { ...base, to: recipient(ctx.buyer), counterpart: sellerSide }, `contacts:${intro.id}:buyer`),
      toSeller(sellerPlatform, intro.id, "contacts", { ...base, to: null, counterpart: buyerSide }, `contacts:${intro.id}:seller`),
    ]);
  } else if (side === "buyer") {
    await tx.enqueue([toSeller(sellerPlatform, intro.id, "contact_offer", { ...base, to: null, from: "buyer" }, `contact-offer:${intro.id}:buyer`)]);
  } else {
    await tx.enqueue(toBuyer(ctx.buyer, intro.id, "contact_offer", { ...base, to: recipient(ctx.buyer), from: "seller" }, `contact-offer:${intro.id}:seller`));
  }
  return {
    introductionId: intro.id,
    buyerAgreed: side === "buyer" || intro.buyerSharesContact,
    sellerAgreed: side === "seller" || intro.sellerSharesContact,
    exchanged,
  };
}

/** The buyer agrees to give the seller their contact details (name, company, handle, contact). */
export function buyerSharesContact(deps: DealDeps, actor: Actor, input: { introductionId: string }): Promise<ContactShareResult> {
  return deps.deals.transact(async (tx) => share(deps, tx, await buyerIntroduction(tx, actor, input.introductionId), "buyer"));
}

/** The seller agrees to give the buyer their contact details. */
export function sellerSharesContact(deps: DealDeps, actor: Actor, input: { introductionId: string }): Promise<ContactShareResult> {
  return deps.deals.transact(async (tx) => share(deps, tx, await sellerIntroduction(tx, actor, input.introductionId), "seller"));
}
