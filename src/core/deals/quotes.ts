// A seller quotes, and revises by quoting again: each quote is a new version, the previous active
// one is kept as superseded. The buyer gets the quote (with the version it replaces) via the outbox.
import { CoreError } from "../errors.js";
import type { QuoteFacts } from "../../ports/outbox.js";
import type { QuoteRecord } from "../../ports/dealStore.js";
import type { Actor, IntroductionStatus } from "./types.js";
import type { DealDeps } from "./deps.js";
import { sellerIntroduction } from "./access.js";
import { assertTransition, viewedStatus } from "./introductionStatus.js";
import { buyerEnvelope, quoteFacts, quoteSummary, toBuyer } from "./payloads.js";
import { startOfUtcDay } from "./decimal.js";
import { validateQuote, type QuoteInput } from "./quoteInput.js";
import { clientOr } from "./messageText.js";

export interface QuoteResult {
  introductionId: string;
  status: IntroductionStatus;
  quote: QuoteFacts;
  /** The version this one superseded, if any. */
  previous: QuoteFacts | null;
}

export interface SubmitQuoteInput {
  introductionId: string;
  quote: QuoteInput;
  /**
   * The id of this submission: Discord's interaction id, the playground's form token. The same
   * key twice (a redelivery, a double click, two requests at once) makes one quote version: the
   * second is already_done. See writeQuote.
   */
  clientKey?: string;
}

export interface ReviseQuoteInput {
  introductionId: string;
  /** Only what changes; everything else is carried over from the latest version. */
  changes: Partial<QuoteInput>;
  clientKey?: string;
}

/** Editable fields of a stored quote, in the shape the quote form takes. */
export function quoteAsInput(q: QuoteRecord): QuoteInput {
  return {
    unitPrice: q.unitPrice, currency: q.currency, unit: q.unit, moq: q.moq, moqUnit: q.moqUnit, leadTimeDays: q.leadTimeDays,
    incoterm: q.incoterm, incotermPlace: q.incotermPlace, validUntil: q.validUntil ? q.validUntil.toISOString().slice(0, 10) : null,
    samplesAvailable: q.samplesAvailable, sampleCost: q.sampleCost, paymentTerms: q.paymentTerms, notes: q.notes,
  };
}

async function writeQuote(
  deps: DealDeps, actor: Actor, introductionId: string, clientKey: string | undefined,
  build: (latest: QuoteRecord | null) => QuoteInput,
): Promise<QuoteResult> {
  const now = deps.clock.now();
  // Idempotency: the buyer's delivery is keyed by the client key and written in the same
  // transaction as the quote, after the lead's row lock. A second submission with that key waits
  // for the first, then collides with its delivery key (unique), and the whole transaction, quote
  // included, rolls back as already_done.
  return deps.deals.transact(async (tx) => {
    const ctx = await sellerIntroduction(tx, actor, introductionId);
    const from = ctx.intro.status;
    if (from !== "quoted") assertTransition(viewedStatus(from), "quoted", "quote");
    const quotes = await tx.listQuotes(ctx.intro.id);
    const latest = quotes.at(-1) ?? null;
    const q = validateQuote(build(latest), now);

    const previous = quotes.filter((x) => x.status === "active");
    await tx.setQuoteStatus(previous.map((x) => x.id), ["active"], "superseded");
    const quote = await tx.insertQuote({
      introductionId: ctx.intro.id, version: (latest?.version ?? 0) + 1, ...q,
      validUntil: q.validUntil ? startOfUtcDay(new Date(q.validUntil)) : null, createdAt: now,
    });
    if (from !== "quoted") {
      const ok = await tx.updateIntroduction(ctx.intro.id, from, {
        status: "quoted", viewedAt: ctx.intro.viewedAt ?? now, firstQuoteAt: ctx.intro.firstQuoteAt ?? now,
      });
      if (!ok) throw new CoreError("conflict", "lead changed meanwhile", { introductionId: ctx.intro.id });
    }
    const msg = await tx.addMessage({ introductionId: ctx.intro.id, authorSide: "seller", kind: "quote", text: quoteSummary(quote), createdAt: now });
    const prev = previous.at(-1);
    const previousFacts = prev ? { ...quoteFacts(prev), status: "superseded" } : null;
    await tx.enqueue(
      toBuyer(ctx.buyer, ctx.intro.id, "quote", {
        ...buyerEnvelope(ctx), threadMessageId: msg.id, quote: quoteFacts(quote), previous: previousFacts,
      }, `quote:${clientOr(actor.platform, clientKey, quote.id)}`),
    );
    return { introductionId: ctx.intro.id, status: "quoted", quote: quoteFacts(quote), previous: previousFacts };
  });
}

/** Sends a quote. On a lead that already has one, this is a revision with every field given anew. */
export function submitQuote(deps: DealDeps, actor: Actor, input: SubmitQuoteInput): Promise<QuoteResult> {
  return writeQuote(deps, actor, input.introductionId, input.clientKey, () => input.quote);
}

/** Revises the latest quote: a new version with the changes applied; the old one is superseded. */
export function reviseQuote(deps: DealDeps, actor: Actor, input: ReviseQuoteInput): Promise<QuoteResult> {
  return writeQuote(deps, actor, input.introductionId, input.clientKey, (latest) => {
    if (!latest) throw new CoreError("illegal_transition", "no quote to revise", { action: "revise_quote", status: "no_quote" });
    return { ...quoteAsInput(latest), ...input.changes };
  });
}
