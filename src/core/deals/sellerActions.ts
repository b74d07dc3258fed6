// What a seller does with a lead: open it, talk to the buyer, decline it. Quotes are in quotes.ts,
// spam reports in antiSpam.ts. Every action checks the actor is a linked member of the lead's seller.
import { CoreError } from "../errors.js";
import type { Actor, DeclineReason, IntroductionStatus } from "./types.js";
import { DECLINE_REASONS } from "./types.js";
import type { DealDeps } from "./deps.js";
import type { DealTx, IntroductionContext } from "../../ports/dealStore.js";
import { sellerIntroduction } from "./access.js";
import { assertConversable, assertTransition, viewedStatus } from "./introductionStatus.js";
import { buyerEnvelope, nextMatch, toBuyer } from "./payloads.js";
import { dealView, type DealView } from "./views.js";
import { clientOr, messageText, optionalNote } from "./messageText.js";

export interface MessageResult {
  introductionId: string;
  threadMessageId: string;
  status: IntroductionStatus;
}

/** Moves an unseen lead to viewed (any seller action implies they saw it). */
async function markViewed(tx: DealTx, ctx: IntroductionContext, now: Date): Promise<IntroductionStatus> {
  const to = viewedStatus(ctx.intro.status);
  if (to === ctx.intro.status) return to;
  const ok = await tx.updateIntroduction(ctx.intro.id, ctx.intro.status, { status: to, viewedAt: ctx.intro.viewedAt ?? now });
  if (!ok) throw new CoreError("conflict", "lead changed meanwhile", { introductionId: ctx.intro.id });
  return to;
}

/** The lead as the seller sees it; the first look marks it viewed. */
export async function viewLead(deps: DealDeps, actor: Actor, input: { introductionId: string }): Promise<DealView> {
  const now = deps.clock.now();
  return deps.deals.transact(async (tx) => {
    const ctx = await sellerIntroduction(tx, actor, input.introductionId);
    const status = await markViewed(tx, ctx, now);
    return dealView(tx, { ...ctx, intro: { ...ctx.intro, status, viewedAt: ctx.intro.viewedAt ?? (status === "viewed" ? now : null) } });
  });
}

/** The seller writes to the buyer (a question, or any reply); relayed to the buyer via the outbox. */
export async function sellerSays(
  deps: DealDeps, actor: Actor,
  input: { introductionId: string; text: string; kind?: "text" | "question"; clientKey?: string },
): Promise<MessageResult> {
  const now = deps.clock.now();
  const text = messageText(input.text);
  return deps.deals.transact(async (tx) => {
    const ctx = await sellerIntroduction(tx, actor, input.introductionId);
    assertConversable(ctx.intro.status, "send a message");
    const status = await markViewed(tx, ctx, now);
    const kind = input.kind ?? "text";
    const msg = await tx.addMessage({ introductionId: ctx.intro.id, authorSide: "seller", kind, text, createdAt: now });
    await tx.enqueue(
      toBuyer(ctx.buyer, ctx.intro.id, "seller_message", { ...buyerEnvelope(ctx), threadMessageId: msg.id, messageKind: kind, text },
        `msg:${clientOr(actor.platform, input.clientKey, msg.id)}`),
    );
    return { introductionId: ctx.intro.id, threadMessageId: msg.id, status };
  });
}

/** A question to the buyer: a message of kind "question". */
export const askBuyer = (deps: DealDeps, actor: Actor, input: { introductionId: string; text: string; clientKey?: string }) =>
  sellerSays(deps, actor, { ...input, kind: "question" });

export interface DeclineResult {
  introductionId: string;
  status: IntroductionStatus;
}

/** The seller declines with a reason from the short list (+ optional note); the buyer is offered the next match. */
export async function declineLead(
  deps: DealDeps, actor: Actor, input: { introductionId: string; reason: DeclineReason; note?: string | null },
): Promise<DeclineResult> {
  if (!DECLINE_REASONS.includes(input.reason))
    throw new CoreError("invalid_input", `unknown decline reason ${String(input.reason)}`, { fields: [{ field: "reason", message: `must be one of ${DECLINE_REASONS.join(", ")}` }] });
  const note = optionalNote(input.note);
  const now = deps.clock.now();
  return deps.deals.transact(async (tx) => {
    const ctx = await sellerIntroduction(tx, actor, input.introductionId);
    assertTransition(ctx.intro.status, "declined_by_seller", "decline");
    const ok = await tx.updateIntroduction(ctx.intro.id, ctx.intro.status, {
      status: "declined_by_seller", declineReason: input.reason, declineNote: note, closedAt: now, viewedAt: ctx.intro.viewedAt ?? now,
    });
    if (!ok) throw new CoreError("conflict", "lead changed meanwhile", { introductionId: ctx.intro.id });
    const msg = await tx.addMessage({
      introductionId: ctx.intro.id, authorSide: "seller", kind: "decision", text: `Declined (${input.reason})${note ? `: ${note}` : ""}`, createdAt: now,
    });
    const introduced = new Set((await tx.listIntroductions({ requestId: ctx.request.id })).map((c) => c.intro.sellerId));
    await tx.enqueue(
      toBuyer(ctx.buyer, ctx.intro.id, "lead_declined", {
        ...buyerEnvelope(ctx), threadMessageId: msg.id, reason: input.reason, note,
        nextMatch: nextMatch(await tx.listMatches(ctx.request.id), introduced),
      }, `declined:${ctx.intro.id}`),
    );
    return { introductionId: ctx.intro.id, status: "declined_by_seller" };
  });
}
