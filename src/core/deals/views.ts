// Read models the channels render: a lead as the seller sees it (never the buyer's name, handle or
// contact before the buyer shares them), a thread as the buyer sees it, and the lists behind
// /leads and /threads.
import type { QuoteFacts, RequestFacts } from "../../ports/outbox.js";
import type { DealTx, IntroductionContext, ThreadMessageRecord } from "../../ports/dealStore.js";
import type { IntroductionStatus, Side } from "./types.js";
import { quoteFacts, requestFacts, sellerRef } from "./payloads.js";

export interface ThreadEntry {
  id: string;
  side: Side;
  kind: string;
  text: string;
  at: Date;
}

export interface Counterpart {
  name: string | null;
  company: string | null;
  country: string | null;
  contact: string | null;
  username: string | null;
}

export interface DealView {
  introductionId: string;
  requestId: string;
  status: IntroductionStatus;
  createdAt: Date;
  deliveredAt: Date | null;
  request: RequestFacts;
  /** What the seller may see of the buyer; `contact` only once both sides agreed to share. */
  buyer: { country: string | null; companyType: string | null; contact: Counterpart | null };
  /** The buyer always sees the seller's company; its contact once both sides agreed. */
  seller: { id: string; name: string; country: string | null; contact: Counterpart | null };
  match: { matchId: string; sku: string; title: string; rank: number; reasons: unknown[] } | null;
  /** Every version, oldest first (superseded ones included). */
  quotes: QuoteFacts[];
  messages: ThreadEntry[];
  buyerSharesContact: boolean;
  sellerSharesContact: boolean;
  contactsShared: boolean;
  declineReason: string | null;
}

const MESSAGES_SHOWN = 50;

export const threadEntry = (m: ThreadMessageRecord): ThreadEntry => ({ id: m.id, side: m.authorSide, kind: m.kind, text: m.text, at: m.createdAt });

export function buyerCounterpart(ctx: IntroductionContext): Counterpart {
  const b = ctx.buyer;
  return { name: b.name, company: b.company, country: b.country, contact: b.contact, username: b.username };
}

export function sellerCounterpart(ctx: IntroductionContext): Counterpart {
  const s = ctx.seller;
  return { name: s.name, company: s.name, country: s.country, contact: s.contact, username: null };
}

export async function dealView(tx: DealTx, ctx: IntroductionContext): Promise<DealView> {
  // One after the other: statements of one transaction share one connection anyway.
  const quotes = await tx.listQuotes(ctx.intro.id);
  const messages = await tx.listMessages(ctx.intro.id, MESSAGES_SHOWN);
  const matches = ctx.intro.matchId ? await tx.listMatches(ctx.request.id) : [];
  const m = matches.find((x) => x.id === ctx.intro.matchId);
  const shared = ctx.intro.contactsSharedAt !== null;
  return {
    introductionId: ctx.intro.id,
    requestId: ctx.request.id,
    status: ctx.intro.status,
    createdAt: ctx.intro.createdAt,
    deliveredAt: ctx.intro.deliveredAt,
    request: requestFacts(ctx.request),
    buyer: { country: ctx.buyer.country, companyType: ctx.buyer.companyType, contact: shared ? buyerCounterpart(ctx) : null },
    seller: { ...sellerRef(ctx.seller), contact: shared ? sellerCounterpart(ctx) : null },
    match: m ? { matchId: m.id, sku: m.sku, title: m.title, rank: m.rank, reasons: Array.isArray(m.reasons) ? m.reasons : [] } : null,
    quotes: quotes.map(quoteFacts),
    messages: messages.map(threadEntry),
    buyerSharesContact: ctx.intro.buyerSharesContact,
    sellerSharesContact: ctx.intro.sellerSharesContact,
    contactsShared: shared,
    declineReason: ctx.intro.declineReason,
  };
}

/** One line of /leads or /threads. */
export interface DealListItem {
  introductionId: string;
  requestId: string;
  status: IntroductionStatus;
  product: string | null;
  sellerName: string;
  buyerCountry: string | null;
  createdAt: Date;
  /** Hours since the lead was created, at the time of listing. */
  ageHours: number;
}

export function listItem(ctx: IntroductionContext, now: Date): DealListItem {
  return {
    introductionId: ctx.intro.id, requestId: ctx.request.id, status: ctx.intro.status, product: ctx.request.product,
    sellerName: ctx.seller.name, buyerCountry: ctx.buyer.country, createdAt: ctx.intro.createdAt,
    ageHours: Math.max(0, Math.floor((now.getTime() - ctx.intro.createdAt.getTime()) / 3_600_000)),
  };
}
