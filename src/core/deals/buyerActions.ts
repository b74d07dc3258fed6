// What a buyer does in a thread with a seller: talk, counter-offer, accept a quote, decline.
// Every action checks the request belongs to the acting buyer. Accepting twice accepts once.
import { z } from "zod";
import { CoreError } from "../errors.js";
import { UNITS } from "../model.js";
import type { Actor, BuyerDeclineReason, IntroductionStatus } from "./types.js";
import { BUYER_DECLINE_REASONS } from "./types.js";
import type { DealDeps } from "./deps.js";
import { sellerPlatformOf } from "./deps.js";
import type { DealTx, IntroductionContext } from "../../ports/dealStore.js";
import { buyerIntroduction } from "./access.js";
import { assertConversable, assertTransition } from "./introductionStatus.js";
import { quoteFacts, sellerEnvelope, toSeller } from "./payloads.js";
import { clientOr, messageText, optionalNote } from "./messageText.js";
import { decimalTooLarge, isoDay, toDecimal } from "./decimal.js";
import type { MessageResult } from "./sellerActions.js";

/** The buyer writes to the seller; relayed to the seller's lead thread via the outbox. */
export async function buyerSays(
  deps: DealDeps, actor: Actor,
  input: { introductionId: string; text: string; kind?: "text" | "question"; clientKey?: string },
): Promise<MessageResult> {
  const now = deps.clock.now();
  const text = messageText(input.text);
  return deps.deals.transact(async (tx) => {
    const ctx = await buyerIntroduction(tx, actor, input.introductionId);
    assertConversable(ctx.intro.status, "send a message");
    const kind = input.kind ?? "text";
    const msg = await tx.addMessage({ introductionId: ctx.intro.id, authorSide: "buyer", kind, text, createdAt: now });
    await tx.enqueue([
      toSeller(sellerPlatformOf(deps), ctx.intro.id, "buyer_message", { ...sellerEnvelope(ctx), threadMessageId: msg.id, messageKind: kind, text },
        `msg:${clientOr(actor.platform, input.clientKey, msg.id)}`),
    ]);
    return { introductionId: ctx.intro.id, threadMessageId: msg.id, status: ctx.intro.status };
  });
}

export const askSeller = (deps: DealDeps, actor: Actor, input: { introductionId: string; text: string; clientKey?: string }) =>
  buyerSays(deps, actor, { ...input, kind: "question" });

const positive = (field: string) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const d = toDecimal(v);
    if (d === null || Number(d) <= 0) {
      ctx.addIssue({ code: "custom", message: decimalTooLarge(v) ? `${field} is too large (at most 99,999,999,999,999)` : `${field} must be a number above 0` });
      return z.NEVER;
    }
    return d;
  });
const unit = z.string().trim().toLowerCase().pipe(z.enum(UNITS, { error: `must be one of ${UNITS.join(", ")}` }));

export const counterOfferSchema = z.object({
  price: z.object({
    amount: positive("amount"),
    currency: z.string().trim().toUpperCase().pipe(z.string().regex(/^[A-Z]{3}$/, "must be a 3-letter currency code")),
    per: unit.nullish(),
  }).nullish(),
  quantity: z.object({ value: positive("value"), unit }).nullish(),
  note: z.string().nullish(),
});
export type CounterOfferInput = z.input<typeof counterOfferSchema> & { introductionId: string; clientKey?: string };

/** The buyer answers the current quote with a target price and/or quantity. */
export async function counterOffer(deps: DealDeps, actor: Actor, input: CounterOfferInput): Promise<MessageResult> {
  const parsed = counterOfferSchema.safeParse(input);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
    throw new CoreError("invalid_input", "counter-offer is invalid", { fields });
  }
  const { price, quantity } = parsed.data;
  if (!price && !quantity) throw new CoreError("invalid_input", "a counter-offer needs a price or a quantity", { fields: [{ field: "price", message: "give a price or a quantity" }] });
  const note = optionalNote(parsed.data.note);
  const now = deps.clock.now();
  return deps.deals.transact(async (tx) => {
    const ctx = await buyerIntroduction(tx, actor, input.introductionId);
    if (ctx.intro.status !== "quoted")
      throw new CoreError("illegal_transition", `cannot counter-offer: introduction is ${ctx.intro.status}`, { status: ctx.intro.status, action: "counter_offer" });
    const current = (await tx.listQuotes(ctx.intro.id)).filter((q) => q.status === "active").at(-1) ?? null;
    const p = price ? { amount: price.amount, currency: price.currency, per: price.per ?? current?.unit ?? null } : null;
    const parts = [p && `price ${p.amount} ${p.currency}${p.per ? `/${p.per}` : ""}`, quantity && `quantity ${quantity.value} ${quantity.unit}`].filter(Boolean);
    const msg = await tx.addMessage({
      introductionId: ctx.intro.id, authorSide: "buyer", kind: "counter_offer", text: `Counter-offer: ${parts.join(", ")}${note ? ` — ${note}` : ""}`, createdAt: now,
    });
    await tx.enqueue([
      toSeller(sellerPlatformOf(deps), ctx.intro.id, "counter_offer", {
        ...sellerEnvelope(ctx), threadMessageId: msg.id, quoteId: current?.id ?? null, quoteVersion: current?.version ?? null,
        price: p, quantity: quantity ?? null, note,
      }, `counter:${clientOr(actor.platform, input.clientKey, msg.id)}`),
    ]);
    return { introductionId: ctx.intro.id, threadMessageId: msg.id, status: ctx.intro.status };
  });
}

export interface AcceptResult {
  quoteId: string;
  introductionId: string;
  requestId: string;
  splitOrder: boolean;
  /** Other open threads of the request closed because the buyer chose this offer. */
  closedIntroductionIds: string[];
}

/** Closes one thread from the buyer's side, telling the seller. Used by decline and by accept (others). */
async function closeByBuyer(deps: DealDeps, tx: DealTx, ctx: IntroductionContext, reason: BuyerDeclineReason, note: string | null, now: Date): Promise<void> {
  const ok = await tx.updateIntroduction(ctx.intro.id, ctx.intro.status, { status: "declined_by_buyer", declineReason: reason, declineNote: note, closedAt: now });
  if (!ok) throw new CoreError("conflict", "introduction changed meanwhile", { introductionId: ctx.intro.id });
  const active = (await tx.listQuotes(ctx.intro.id)).filter((q) => q.status === "active").map((q) => q.id);
  await tx.setQuoteStatus(active, ["active"], "declined");
  const msg = await tx.addMessage({ introductionId: ctx.intro.id, authorSide: "buyer", kind: "decision", text: `Declined by the buyer (${reason})${note ? `: ${note}` : ""}`, createdAt: now });
  await tx.enqueue([
    toSeller(sellerPlatformOf(deps), ctx.intro.id, "lead_closed", { ...sellerEnvelope(ctx), threadMessageId: msg.id, status: "declined_by_buyer", reason, note }, `closed:${ctx.intro.id}`),
  ]);
}

/**
 * Accepts a quote. At most one accepted quote per request unless the buyer splits the order
 * (`splitOrder`, remembered on the request); without a split, the request's other open threads
 * are closed and their sellers told. A second click finds the quote accepted: already_done.
 */
export async function acceptQuote(deps: DealDeps, actor: Actor, input: { quoteId: string; splitOrder?: boolean }): Promise<AcceptResult> {
  const now = deps.clock.now();
  return deps.deals.transact(async (tx) => {
    const found = await tx.getQuote(input.quoteId);
    if (!found) throw new CoreError("not_found", `quote ${input.quoteId} not found`, { entity: "quote" });
    const ctx = await buyerIntroduction(tx, actor, found.introductionId);
    const quote = (await tx.getQuote(input.quoteId)) ?? found; // re-read under the locks
    if (quote.status === "accepted") throw new CoreError("already_done", "quote already accepted", { quoteId: quote.id });
    if (quote.status === "superseded") {
      const latest = (await tx.listQuotes(ctx.intro.id)).at(-1);
      throw new CoreError("conflict", "a newer version of this quote exists", { reason: "superseded", latestQuoteId: latest?.id ?? null, latestVersion: latest?.version ?? null });
    }
    if (quote.status !== "active" || (quote.validUntil && isoDay(quote.validUntil) < isoDay(now)))
      throw new CoreError("illegal_transition", `cannot accept a ${quote.status === "active" ? "lapsed" : quote.status} quote`, { reason: quote.status === "active" ? "expired" : quote.status, action: "accept" });
    assertTransition(ctx.intro.status, "accepted", "accept");

    const split = ctx.request.splitOrder || input.splitOrder === true;
    const siblings = (await tx.listIntroductions({ requestId: ctx.request.id })).filter((c) => c.intro.id !== ctx.intro.id);
    const acceptedElsewhere = siblings.find((c) => c.intro.status === "accepted");
    if (acceptedElsewhere && !split)
      throw new CoreError("conflict", "another quote of this request is already accepted", { reason: "already_accepted", introductionId: acceptedElsewhere.intro.id, sellerName: acceptedElsewhere.seller.name });

    await tx.setQuoteStatus([quote.id], ["active"], "accepted");
    const ok = await tx.updateIntroduction(ctx.intro.id, ctx.intro.status, { status: "accepted", closedAt: now });
    if (!ok) throw new CoreError("conflict", "introduction changed meanwhile", { introductionId: ctx.intro.id });
    await tx.updateRequest(ctx.request.id, { status: "closed", ...(split && !ctx.request.splitOrder ? { splitOrder: true } : {}) });
    const msg = await tx.addMessage({ introductionId: ctx.intro.id, authorSide: "buyer", kind: "decision", text: `Accepted quote v${quote.version}`, createdAt: now });
    await tx.enqueue([
      toSeller(sellerPlatformOf(deps), ctx.intro.id, "quote_accepted", {
        ...sellerEnvelope(ctx), threadMessageId: msg.id, quote: { ...quoteFacts(quote), status: "accepted" }, splitOrder: split,
      }, `accepted:${quote.id}`),
    ]);

    const closed: string[] = [];
    if (!split) {
      for (const other of siblings) {
        if (!["proposed", "delivered", "viewed", "quoted"].includes(other.intro.status)) continue;
        // Siblings share the buyer and request locks already held; lock the row itself too.
        const locked = await tx.lockIntroduction(other.intro.id);
        if (!locked) continue;
        await closeByBuyer(deps, tx, locked, "accepted_other", null, now);
        closed.push(other.intro.id);
      }
    }
    return { quoteId: quote.id, introductionId: ctx.intro.id, requestId: ctx.request.id, splitOrder: split, closedIntroductionIds: closed };
  });
}

export interface BuyerDeclineInput {
  introductionId: string;
  reason?: Exclude<BuyerDeclineReason, "accepted_other">;
  note?: string | null;
}

/** The buyer closes a thread with a seller (declining their quote, if any). */
export async function declineIntroduction(deps: DealDeps, actor: Actor, input: BuyerDeclineInput): Promise<{ introductionId: string; status: IntroductionStatus }> {
  const reason = input.reason ?? "other";
  if (!BUYER_DECLINE_REASONS.includes(reason))
    throw new CoreError("invalid_input", `unknown decline reason ${String(reason)}`, { fields: [{ field: "reason", message: `must be one of ${BUYER_DECLINE_REASONS.join(", ")}` }] });
  const note = optionalNote(input.note);
  const now = deps.clock.now();
  return deps.deals.transact(async (tx) => {
    const ctx = await buyerIntroduction(tx, actor, input.introductionId);
    assertTransition(ctx.intro.status, "declined_by_buyer", "decline");
    await closeByBuyer(deps, tx, ctx, reason, note, now);
    return { introductionId: ctx.intro.id, status: "declined_by_buyer" };
  });
}

/** Declines a quote: closes the thread with that seller. */
export async function declineQuote(deps: DealDeps, actor: Actor, input: { quoteId: string; reason?: BuyerDeclineInput["reason"]; note?: string | null }) {
  const q = await deps.deals.transact((tx) => tx.getQuote(input.quoteId));
  if (!q) throw new CoreError("not_found", `quote ${input.quoteId} not found`, { entity: "quote" });
  return declineIntroduction(deps, actor, { introductionId: q.introductionId, reason: input.reason, note: input.note });
}
