// The outbox: cross-platform effects (a lead to Discord, a quote to Telegram) written in the same
// transaction as the state change, and delivered later by a worker through the channel registered
// for the platform. Payloads carry what a channel needs to render without more queries (ids plus
// the displayed facts); the ids let it look up more. Every payload is validated with zod on the
// way in (enqueue) and on the way out (before delivery).
import { z } from "zod";
import { PLATFORMS, type Platform } from "../core/deals/types.js";

const id = z.string().min(1);
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, "decimal string");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/** A buyer-bound message says where it goes, so the channel needs no lookup to send it. */
export const recipientSchema = z.object({ platform: z.enum(PLATFORMS), externalId: id, language: z.string() });
export const sellerRefSchema = z.object({ id, name: z.string(), country: z.string().nullable() });
/** What a seller may know about the buyer before contacts are exchanged: never a name or handle. */
export const buyerPublicSchema = z.object({ country: z.string().nullable(), companyType: z.string().nullable() });
export const requestFactsSchema = z.object({
  requestId: id,
  product: z.string().nullable(),
  quantity: z.object({ value: decimal, unit: z.string() }).nullable(),
  targetPrice: z.object({ amount: decimal, currency: z.string(), per: z.string().nullable() }).nullable(),
  incoterm: z.string().nullable(),
  destination: z.object({ country: z.string().nullable(), place: z.string().nullable() }).nullable(),
  deadline: isoDate.nullable(),
  certifications: z.array(z.string()),
  certificationsRequired: z.boolean(),
});
export const quoteFactsSchema = z.object({
  quoteId: id,
  version: z.number().int().positive(),
  unitPrice: decimal,
  currency: z.string(),
  unit: z.string(),
  moq: decimal.nullable(),
  moqUnit: z.string().nullable(),
  leadTimeDays: z.number().int().nullable(),
  incoterm: z.string().nullable(),
  incotermPlace: z.string().nullable(),
  validUntil: isoDate.nullable(),
  samplesAvailable: z.boolean().nullable(),
  sampleCost: decimal.nullable(),
  paymentTerms: z.string().nullable(),
  notes: z.string().nullable(),
  status: z.string(),
});
export const nextMatchSchema = z
  .object({ matchId: id, sellerId: id, sellerName: z.string(), sku: z.string(), title: z.string(), rank: z.number().int() })
  .nullable();
const priceSchema = z.object({ amount: decimal, currency: z.string(), per: z.string().nullable() });
const counterpartSchema = z.object({
  side: z.enum(["buyer", "seller"]),
  name: z.string().nullable(),
  company: z.string().nullable(),
  country: z.string().nullable(),
  contact: z.string().nullable(),
  username: z.string().nullable(),
  platform: z.enum(PLATFORMS).nullable(),
});

const toSeller = { introductionId: id, sellerId: id };
const toBuyer = { introductionId: id, requestId: id, to: recipientSchema, seller: sellerRefSchema, product: z.string().nullable() };

export const outboxPayloadSchemas = {
  // → seller (Discord): a new lead; the channel opens the lead thread and posts the card.
  lead: z.object({
    ...toSeller,
    seller: sellerRefSchema,
    request: requestFactsSchema,
    buyer: buyerPublicSchema,
    match: z.object({ matchId: id, sku: z.string(), title: z.string(), round: z.number().int(), rank: z.number().int(), reasons: z.array(z.unknown()) }).nullable(),
  }),
  // → seller: the buyer wrote in the thread.
  buyer_message: z.object({ ...toSeller, threadMessageId: id, messageKind: z.string(), text: z.string() }),
  // → seller: the buyer answers a quote with a target price and/or quantity.
  counter_offer: z.object({
    ...toSeller, threadMessageId: id, quoteId: id.nullable(), quoteVersion: z.number().int().nullable(),
    price: priceSchema.nullable(), quantity: z.object({ value: decimal, unit: z.string() }).nullable(), note: z.string().nullable(),
  }),
  // → seller: their quote was accepted (lead card shows it).
  quote_accepted: z.object({ ...toSeller, threadMessageId: id, quote: quoteFactsSchema, splitOrder: z.boolean() }),
  // → seller: the thread is closed by the buyer (declined, or accepted another offer) or expired.
  lead_closed: z.object({ ...toSeller, threadMessageId: id, status: z.string(), reason: z.string().nullable(), note: z.string().nullable() }),
  // → seller: the lead is unanswered after the reminder delay.
  reminder: z.object({ ...toSeller, product: z.string().nullable(), hoursOpen: z.number(), expiresAt: z.string() }),
  // → seller: an active quote passed its validity date.
  quote_expired: z.object({ ...toSeller, quote: quoteFactsSchema }),
  // → buyer: the seller wrote in the thread.
  seller_message: z.object({ ...toBuyer, threadMessageId: id, messageKind: z.string(), text: z.string() }),
  // → buyer: a new quote, or a revision (previous = the version it supersedes).
  quote: z.object({ ...toBuyer, threadMessageId: id, quote: quoteFactsSchema, previous: quoteFactsSchema.nullable() }),
  // → buyer: the seller declined; the next match on the shortlist is offered.
  lead_declined: z.object({ ...toBuyer, threadMessageId: id, reason: z.string(), note: z.string().nullable(), nextMatch: nextMatchSchema }),
  // → buyer: the seller did not answer in time; the next match is offered.
  lead_expired: z.object({ ...toBuyer, threadMessageId: id, nextMatch: nextMatchSchema }),
  // → buyer: a request nothing fitted, which the buyer asked us to watch, now finds sellers.
  watch_hit: z.object({ requestId: id, to: recipientSchema, product: z.string().nullable() }),
  // → buyer: a watch ran its days with no seller listing the product; the request stays searchable.
  watch_expired: z.object({ requestId: id, to: recipientSchema, product: z.string().nullable(), days: z.number().int().positive() }),
  // → either side: the other side is ready to exchange contacts (to: set when it goes to a buyer).
  contact_offer: z.object({ introductionId: id, sellerId: id, to: recipientSchema.nullable(), from: z.enum(["buyer", "seller"]), product: z.string().nullable() }),
  // → either side: both agreed; here is the other side's contact.
  contacts: z.object({ introductionId: id, sellerId: id, to: recipientSchema.nullable(), counterpart: counterpartSchema, product: z.string().nullable() }),
} as const;

export type OutboxKind = keyof typeof outboxPayloadSchemas;
export const OUTBOX_KINDS = Object.keys(outboxPayloadSchemas) as OutboxKind[];
export type OutboxPayload<K extends OutboxKind = OutboxKind> = z.infer<(typeof outboxPayloadSchemas)[K]>;
export type QuoteFacts = z.infer<typeof quoteFactsSchema>;
export type RequestFacts = z.infer<typeof requestFactsSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type NextMatch = z.infer<typeof nextMatchSchema>;

/** What the core writes: one message for one platform. */
export type OutboxDraft<K extends OutboxKind = OutboxKind> = {
  [P in K]: {
    platform: Platform;
    kind: P;
    payload: OutboxPayload<P>;
    /** Unique forever: enqueueing the same key twice fails, and a channel may use it to skip a post it already made. */
    deliveryKey: string;
    /** Messages with the same thread key are delivered one at a time, in the order they were written. */
    threadKey: string;
  };
}[K];

/** A message handed to a channel for delivery. */
export type OutboxMessage = OutboxDraft & {
  id: string;
  /** 1 on the first try. */
  attempt: number;
  createdAt: Date;
};

export function isOutboxKind(kind: string): kind is OutboxKind {
  return Object.hasOwn(outboxPayloadSchemas, kind);
}

/** Validates a payload for its kind; returns the parsed payload or the list of problems. */
export function parseOutboxPayload(kind: string, payload: unknown): { ok: true; payload: OutboxPayload } | { ok: false; problems: string[] } {
  if (!isOutboxKind(kind)) return { ok: false, problems: [`unknown outbox kind ${kind}`] };
  const r = outboxPayloadSchemas[kind].safeParse(payload);
  if (r.success) return { ok: true, payload: r.data };
  return { ok: false, problems: r.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`) };
}

/** What a channel reports after posting: platform ids (messageId, threadId …), stored on the row. */
export type DeliveryResult = Record<string, string | number | boolean | null>;

export interface DeliveryContext {
  /** What this message's earlier attempts saved with `checkpoint` (null on a first try). */
  readonly saved: DeliveryResult | null;
  /**
   * Saves progress of a multi-step delivery before the next step (e.g. the thread id before the
   * card is posted), so a retry after a crash continues instead of starting over.
   */
  checkpoint(partial: DeliveryResult): Promise<void>;
  /** Aborted shortly before the message's lease runs out; stop and throw a retryable error. */
  readonly signal: AbortSignal;
}

/** The delivering half of a channel, registered with the outbox worker for one platform. */
export interface ChannelDelivery {
  readonly platform: Platform;
  /**
   * Posts the message and returns the platform ids. Throws DeliveryError: retryable (outage,
   * 429, timeout) → retried with backoff; permanent (blocked bot, missing permission, unknown
   * kind) → dead at once. Any other error counts as retryable. Must use `deliveryKey` (or
   * `ctx.saved`) to skip a post it already made: a crash can deliver the same message twice.
   */
  deliver(message: OutboxMessage, ctx: DeliveryContext): Promise<DeliveryResult>;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly options: { retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = retryable ? "RetryableDeliveryError" : "PermanentDeliveryError";
  }
}
export const retryableDelivery = (message: string, options?: { retryAfterMs?: number; cause?: unknown }) => new DeliveryError(message, true, options);
export const permanentDelivery = (message: string, options?: { cause?: unknown }) => new DeliveryError(message, false, options);

/** A claimed message as the queue hands it out; `fence` proves the claim is still ours. */
export interface ClaimedMessage {
  id: string;
  platform: Platform;
  kind: string;
  payload: unknown;
  deliveryKey: string;
  threadKey: string;
  attempts: number;
  createdAt: Date;
  saved: DeliveryResult | null;
  fence: number;
}

/** The queue side of the outbox, used by the worker and the admin CLI. */
export interface OutboxStore {
  /**
   * Claims up to `limit` due messages for these platforms and leases them for `leaseMs`: only the
   * oldest pending message of each thread is eligible, and concurrent claimers never get the same row.
   */
  claim(platforms: Platform[], limit: number, leaseMs: number): Promise<ClaimedMessage[]>;
  /** Marks delivered with the channel's result; false when the lease was lost to another worker. */
  complete(m: ClaimedMessage, result: DeliveryResult): Promise<boolean>;
  /** Records a failed attempt: pending again in `retryInMs` (database time), or dead when null. */
  fail(m: ClaimedMessage, error: string, retryInMs: number | null): Promise<boolean>;
  /** Merges partial progress into the row's result (see DeliveryContext.checkpoint). */
  checkpoint(m: ClaimedMessage, partial: DeliveryResult): Promise<boolean>;
  /** Calls `onWake` whenever new messages are committed (LISTEN/NOTIFY); returns an unsubscribe. */
  subscribe(onWake: () => void): Promise<() => Promise<void>>;
}
