// Authorization for every deals action. A seller actor must be a linked member of the
// introduction's seller; a buyer actor must own the request. Checks run inside the action's
// transaction before any write, so a refusal changes nothing.
import { CoreError } from "../errors.js";
import type { DealTx, IntroductionContext, BuyerRecord, RequestRecord } from "../../ports/dealStore.js";
import type { Actor } from "./types.js";

/** Locks the introduction and checks the actor speaks for its seller. */
export async function sellerIntroduction(tx: DealTx, actor: Actor, introductionId: string): Promise<IntroductionContext> {
  const sellerId = await tx.sellerIdOfMember(actor.platform, actor.userId);
  const ctx = await tx.lockIntroduction(introductionId);
  if (!ctx) throw new CoreError("not_found", `introduction ${introductionId} not found`, { entity: "introduction" });
  if (!sellerId) throw new CoreError("forbidden", "actor is not linked to any seller", { reason: "not_linked" });
  if (sellerId !== ctx.intro.sellerId) throw new CoreError("forbidden", "actor's seller does not own this lead", { reason: "not_your_lead" });
  return ctx;
}

async function buyerOf(tx: DealTx, actor: Actor): Promise<BuyerRecord | null> {
  return tx.findBuyer(actor.platform, actor.userId);
}

function assertOwner(buyer: BuyerRecord | null, request: RequestRecord): asserts buyer is BuyerRecord {
  if (!buyer) throw new CoreError("forbidden", "actor is not a known buyer", { reason: "unknown_buyer" });
  if (buyer.id !== request.buyerId) throw new CoreError("forbidden", "request belongs to another buyer", { reason: "not_your_request" });
}

/** Locks the introduction and checks the actor owns its request. */
export async function buyerIntroduction(tx: DealTx, actor: Actor, introductionId: string): Promise<IntroductionContext> {
  const buyer = await buyerOf(tx, actor);
  const ctx = await tx.lockIntroduction(introductionId);
  if (!ctx) throw new CoreError("not_found", `introduction ${introductionId} not found`, { entity: "introduction" });
  assertOwner(buyer, ctx.request);
  return ctx;
}

/** Locks the request and checks the actor owns it. */
export async function buyerRequest(tx: DealTx, actor: Actor, requestId: string): Promise<{ request: RequestRecord; buyer: BuyerRecord }> {
  const buyer = await buyerOf(tx, actor);
  const locked = await tx.lockRequest(requestId);
  if (!locked) throw new CoreError("not_found", `request ${requestId} not found`, { entity: "request" });
  assertOwner(buyer, locked.request);
  return locked;
}

/** The buyer behind an actor, or forbidden. */
export async function knownBuyer(tx: DealTx, actor: Actor): Promise<BuyerRecord> {
  const buyer = await buyerOf(tx, actor);
  if (!buyer) throw new CoreError("forbidden", "actor is not a known buyer", { reason: "unknown_buyer" });
  return buyer;
}

/** The seller id behind an actor, or forbidden. */
export async function knownSeller(tx: DealTx, actor: Actor): Promise<string> {
  const sellerId = await tx.sellerIdOfMember(actor.platform, actor.userId);
  if (!sellerId) throw new CoreError("forbidden", "actor is not linked to any seller", { reason: "not_linked" });
  return sellerId;
}
