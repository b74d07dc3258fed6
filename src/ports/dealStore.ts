// The deals repository as a unit of work: a core action runs inside `transact`, and everything it
// does there — the status change, the ThreadMessage, the OutboxMessage — commits together or not
// at all. `lock*` methods take row locks in one fixed order (buyer → request → introduction) so
// two actions on one deal run one after the other and never deadlock.
import type { OutboxDraft } from "./outbox.js";
import type { DecimalString, IntroductionStatus, Platform, QuoteStatus, Side } from "../core/deals/types.js";

export interface BuyerRecord {
  id: string;
  platform: Platform;
  externalId: string;
  username: string | null;
  name: string | null;
  company: string | null;
  companyType: string | null;
  country: string | null;
  language: string;
  contact: string | null;
  active: boolean;
  flagged: boolean;
}

export interface SellerRecord {
  id: string;
  name: string;
  country: string | null;
  contact: string | null;
}

export type RequestStatus = "draft" | "ready" | "matched" | "introduced" | "closed" | "cancelled";

export interface RequestRecord {
  id: string;
  buyerId: string;
  product: string | null;
  quantityValue: DecimalString | null;
  quantityUnit: string | null;
  targetPriceAmount: DecimalString | null;
  targetPriceCurrency: string | null;
  targetPricePer: string | null;
  incoterm: string | null;
  destinationCountry: string | null;
  destinationPlace: string | null;
  deadline: Date | null;
  certifications: string[];
  certificationsRequired: boolean;
  language: string;
  splitOrder: boolean;
  status: RequestStatus;
  createdAt: Date;
}

export interface MatchRecord {
  id: string;
  requestId: string;
  sellerId: string;
  sellerName: string;
  sellerCountry: string | null;
  round: number;
  rank: number;
  sku: string;
  title: string;
  reasons: unknown;
}

export interface IntroductionRecord {
  id: string;
  requestId: string;
  sellerId: string;
  matchId: string | null;
  status: IntroductionStatus;
  declineReason: string | null;
  declineNote: string | null;
  discordThreadId: string | null;
  discordCardId: string | null;
  buyerSharesContact: boolean;
  sellerSharesContact: boolean;
  contactsSharedAt: Date | null;
  spamReportedAt: Date | null;
  deliveredAt: Date | null;
  viewedAt: Date | null;
  firstQuoteAt: Date | null;
  remindedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
}

/** An introduction with everything around it that actions check and payloads show. */
export interface IntroductionContext {
  intro: IntroductionRecord;
  request: RequestRecord;
  buyer: BuyerRecord;
  seller: SellerRecord;
}

export interface QuoteRecord {
  id: string;
  introductionId: string;
  version: number;
  unitPrice: DecimalString;
  currency: string;
  unit: string;
  moq: DecimalString | null;
  moqUnit: string | null;
  leadTimeDays: number | null;
  incoterm: string | null;
  incotermPlace: string | null;
  /** A calendar date (UTC midnight): the quote is valid through that day. */
  validUntil: Date | null;
  samplesAvailable: boolean | null;
  sampleCost: DecimalString | null;
  paymentTerms: string | null;
  notes: string | null;
  status: QuoteStatus;
  createdAt: Date;
}

export type NewQuote = Omit<QuoteRecord, "id" | "status">;

export interface ThreadMessageRecord {
  id: string;
  introductionId: string;
  authorSide: Side;
  kind: string;
  text: string;
  telegramMessageId: string | null;
  discordMessageId: string | null;
  createdAt: Date;
}

export type IntroductionPatch = Partial<
  Pick<
    IntroductionRecord,
    | "status" | "declineReason" | "declineNote" | "discordThreadId" | "discordCardId" | "buyerSharesContact"
    | "sellerSharesContact" | "contactsSharedAt" | "spamReportedAt" | "deliveredAt" | "viewedAt" | "firstQuoteAt"
    | "remindedAt" | "closedAt"
  >
>;

export interface IntroductionFilter {
  requestId?: string;
  sellerId?: string;
  buyerId?: string;
  statuses?: readonly IntroductionStatus[];
  limit?: number;
}

export interface DealTx {
  findBuyer(platform: Platform, externalId: string): Promise<BuyerRecord | null>;
  /** The seller this chat account is a linked member of, or null. */
  sellerIdOfMember(platform: Platform, externalId: string): Promise<string | null>;
  /** Chat accounts linked to a seller on a platform (e.g. to add them to a lead thread). */
  listMemberIds(sellerId: string, platform: Platform): Promise<string[]>;
  /** The language of the seller's linked account whose language was seen last, or null. */
  memberLanguage(sellerId: string, platform: Platform): Promise<string | null>;

  /** Locks the buyer then the request (FOR UPDATE). Null when the request does not exist. */
  lockRequest(requestId: string): Promise<{ request: RequestRecord; buyer: BuyerRecord } | null>;
  updateRequest(requestId: string, patch: { status?: RequestStatus; splitOrder?: boolean }): Promise<void>;
  /** Ends the request's watch ("tell me when a seller lists it"); false when it was not watched, so a buyer is told once. */
  endWatch(requestId: string): Promise<boolean>;
  /** Requests of this buyer that are neither closed nor cancelled. */
  countOpenRequests(buyerId: string): Promise<number>;
  /** Introductions of this buyer created after `since` (exclusive). */
  countIntroductionsSince(buyerId: string, since: Date): Promise<number>;
  /** Every shortlist row of the request, newest round first, then by rank. */
  listMatches(requestId: string): Promise<MatchRecord[]>;

  /** Locks buyer → request → introduction and returns the whole context; null when unknown. */
  lockIntroduction(introductionId: string): Promise<IntroductionContext | null>;
  /** Reads without locking (views). */
  getIntroduction(introductionId: string): Promise<IntroductionContext | null>;
  listIntroductions(filter: IntroductionFilter): Promise<IntroductionContext[]>;
  createIntroduction(data: { requestId: string; sellerId: string; matchId: string | null; createdAt: Date }): Promise<IntroductionRecord>;
  /** Applies the patch only if the status is still `expected`; false when it changed meanwhile. */
  updateIntroduction(id: string, expected: IntroductionStatus, patch: IntroductionPatch): Promise<boolean>;

  /** Quotes of one introduction, oldest version first. */
  listQuotes(introductionId: string): Promise<QuoteRecord[]>;
  getQuote(quoteId: string): Promise<QuoteRecord | null>;
  insertQuote(data: NewQuote): Promise<QuoteRecord>;
  /** Moves the listed quotes that are in one of `from` to `to`; returns how many moved. */
  setQuoteStatus(quoteIds: string[], from: readonly QuoteStatus[], to: QuoteStatus): Promise<number>;

  addMessage(data: { introductionId: string; authorSide: Side; kind: string; text: string; createdAt: Date }): Promise<ThreadMessageRecord>;
  listMessages(introductionId: string, limit: number): Promise<ThreadMessageRecord[]>;
  hasSellerMessage(introductionId: string): Promise<boolean>;
  /**
   * Thread messages whose copy on a platform has this id (e.g. the Telegram message a buyer replied
   * to). Several when ids are only unique per chat, as on Telegram: the caller picks the actor's.
   */
  findMessagesByPlatformId(platform: Platform, platformMessageId: string): Promise<ThreadMessageRecord[]>;
  setMessagePlatformId(threadMessageId: string, platform: Platform, platformMessageId: string): Promise<void>;

  flagBuyer(buyerId: string, note: string): Promise<void>;

  /** Writes outbox messages; they are announced to workers when the transaction commits. */
  enqueue(drafts: OutboxDraft[]): Promise<void>;

  /** Unanswered introductions (no quote, no seller message) whose clock started at or before `before`. */
  findUnansweredLeads(before: Date, opts: { unremindedOnly: boolean; limit: number }): Promise<string[]>;
  /** Active quotes whose validity ended before `today` (a UTC date). */
  findLapsedQuotes(today: Date, limit: number): Promise<QuoteRecord[]>;
}

export interface DealStore {
  /**
   * Runs `fn` in one database transaction. A thrown error rolls everything back (a CoreError
   * reaches the caller unchanged). A duplicate delivery key means the action already happened:
   * it surfaces as CoreError already_done.
   */
  transact<T>(fn: (tx: DealTx) => Promise<T>): Promise<T>;
}
