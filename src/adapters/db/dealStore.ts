// DealStore on Prisma: one interactive transaction per core action. Row locks are plain
// SELECT … FOR UPDATE in the fixed order buyer → request → introduction; outbox rows are written
// with raw SQL (database time, ordered seq) and announced with a transactional NOTIFY, which
// Postgres only delivers if the transaction commits.
import { CoreError } from "../../core/errors.js";
import { toDecimal } from "../../core/deals/decimal.js";
import type {
  BuyerRecord, DealStore, DealTx, IntroductionContext, IntroductionRecord, MatchRecord, QuoteRecord, RequestRecord, SellerRecord,
  ThreadMessageRecord,
} from "../../ports/dealStore.js";
import type { Database } from "./database.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type * as M from "../../generated/prisma/client.js";
import { ENQUEUE_SQL, NOTIFY_SQL, enqueueParam } from "./outboxStore.js";

type Tx = Prisma.TransactionClient;
type Dec = { toFixed(): string } | null;

const dec = (d: Dec): string | null => (d === null ? null : toDecimal(d.toFixed()));

const buyerRecord = (b: M.Buyer): BuyerRecord => ({
  id: b.id, platform: b.platform, externalId: b.externalId, username: b.username, name: b.name, company: b.company,
  companyType: b.companyType, country: b.country, language: b.language, contact: b.contact, active: b.active, flagged: b.flagged,
});
const sellerRecord = (s: M.Seller): SellerRecord => ({ id: s.id, name: s.name, country: s.country, contact: s.contact });
const requestRecord = (r: M.SourcingRequest): RequestRecord => ({
  id: r.id, buyerId: r.buyerId, product: r.product, quantityValue: dec(r.quantityValue), quantityUnit: r.quantityUnit,
  targetPriceAmount: dec(r.targetPriceAmount), targetPriceCurrency: r.targetPriceCurrency, targetPricePer: r.targetPricePer,
  incoterm: r.incoterm, destinationCountry: r.destinationCountry, destinationPlace: r.destinationPlace, deadline: r.deadline,
  certifications: r.certifications, certificationsRequired: r.certificationsRequired, language: r.language, splitOrder: r.splitOrder,
  status: r.status, createdAt: r.createdAt,
});
const introRecord = (i: M.Introduction): IntroductionRecord => ({
  id: i.id, requestId: i.requestId, sellerId: i.sellerId, matchId: i.matchId, status: i.status, declineReason: i.declineReason,
  declineNote: i.declineNote, discordThreadId: i.discordThreadId, discordCardId: i.discordCardId, buyerSharesContact: i.buyerSharesContact,
  sellerSharesContact: i.sellerSharesContact, contactsSharedAt: i.contactsSharedAt, spamReportedAt: i.spamReportedAt,
  deliveredAt: i.deliveredAt, viewedAt: i.viewedAt, firstQuoteAt: i.firstQuoteAt, remindedAt: i.remindedAt, closedAt: i.closedAt,
  createdAt: i.createdAt,
});
const quoteRecord = (q: M.Quote): QuoteRecord => ({
  id: q.id, introductionId: q.introductionId, version: q.version, unitPrice: dec(q.unitPrice) ?? "0", currency: q.currency, unit: q.unit,
  moq: dec(q.moq), moqUnit: q.moqUnit, leadTimeDays: q.leadTimeDays, incoterm: q.incoterm, incotermPlace: q.incotermPlace,
  validUntil: q.validUntil, samplesAvailable: q.samplesAvailable, sampleCost: dec(q.sampleCost), paymentTerms: q.paymentTerms,
  notes: q.notes, status: q.status, createdAt: q.createdAt,
});
const messageRecord = (m: M.ThreadMessage): ThreadMessageRecord => ({
  id: m.id, introductionId: m.introductionId, authorSide: m.authorSide, kind: m.kind, text: m.text,
  telegramMessageId: m.telegramMessageId, discordMessageId: m.discordMessageId, createdAt: m.createdAt,
});

const CONTEXT = { request: { include: { buyer: true } }, seller: true } as const;
type IntroWithContext = M.Introduction & { request: M.SourcingRequest & { buyer: M.Buyer }; seller: M.Seller };
const context = (i: IntroWithContext): IntroductionContext => ({
  intro: introRecord(i), request: requestRecord(i.request), buyer: buyerRecord(i.request.buyer), seller: sellerRecord(i.seller),
});

async function lockRow(tx: Tx, table: "Buyer" | "SourcingRequest" | "Introduction", id: string): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT id FROM "${table}" WHERE id = $1 FOR UPDATE`, id);
}

function dealTx(tx: Tx): DealTx {
  const getIntroduction = async (id: string) => {
    const i = await tx.introduction.findUnique({ where: { id }, include: CONTEXT });
    return i ? context(i) : null;
  };
  return {
    async findBuyer(platform, externalId) {
      const b = await tx.buyer.findUnique({ where: { platform_externalId: { platform, externalId } } });
      return b ? buyerRecord(b) : null;
    },
    async sellerIdOfMember(platform, externalId) {
      const m = await tx.sellerMember.findUnique({ where: { platform_externalId: { platform, externalId } } });
      return m?.sellerId ?? null;
    },
    async listMemberIds(sellerId, platform) {
      return (await tx.sellerMember.findMany({ where: { sellerId, platform }, orderBy: { createdAt: "asc" } })).map((m) => m.externalId);
    },
    async memberLanguage(sellerId, platform) {
      const m = await tx.sellerMember.findFirst({ where: { sellerId, platform, language: { not: null } }, orderBy: { languageSeenAt: "desc" }, select: { language: true } });
      return m?.language ?? null;
    },

    async lockRequest(requestId) {
      const head = await tx.sourcingRequest.findUnique({ where: { id: requestId }, select: { buyerId: true } });
      if (!head) return null;
      await lockRow(tx, "Buyer", head.buyerId);
      await lockRow(tx, "SourcingRequest", requestId);
      const r = await tx.sourcingRequest.findUnique({ where: { id: requestId }, include: { buyer: true } });
      return r ? { request: requestRecord(r), buyer: buyerRecord(r.buyer) } : null;
    },
    async updateRequest(requestId, patch) {
      await tx.sourcingRequest.update({ where: { id: requestId }, data: patch });
    },
    async endWatch(requestId) {
      return (await tx.sourcingRequest.updateMany({ where: { id: requestId, watchUntil: { not: null } }, data: { watchUntil: null } })).count === 1;
    },
    countOpenRequests: (buyerId) => tx.sourcingRequest.count({ where: { buyerId, status: { notIn: ["closed", "cancelled"] } } }),
    countIntroductionsSince: (buyerId, since) => tx.introduction.count({ where: { request: { buyerId }, createdAt: { gt: since } } }),
    async listMatches(requestId) {
      const rows = await tx.match.findMany({
        where: { requestId }, include: { seller: { select: { name: true, country: true } } }, orderBy: [{ round: "desc" }, { rank: "asc" }],
      });
      return rows.map((m): MatchRecord => ({
        id: m.id, requestId: m.requestId, sellerId: m.sellerId, sellerName: m.seller.name, sellerCountry: m.seller.country,
        round: m.round, rank: m.rank, sku: m.sku, title: m.title, reasons: m.reasons,
      }));
    },

    async lockIntroduction(id) {
      const head = await tx.introduction.findUnique({ where: { id }, select: { requestId: true, request: { select: { buyerId: true } } } });
      if (!head) return null;
      await lockRow(tx, "Buyer", head.request.buyerId);
      await lockRow(tx, "SourcingRequest", head.requestId);
      await lockRow(tx, "Introduction", id);
      return getIntroduction(id);
    },
    getIntroduction,
    async listIntroductions(f) {
      const rows = await tx.introduction.findMany({
        where: {
          ...(f.requestId ? { requestId: f.requestId } : {}),
          ...(f.sellerId ? { sellerId: f.sellerId } : {}),
          ...(f.buyerId ? { request: { buyerId: f.buyerId } } : {}),
          ...(f.statuses ? { status: { in: [...f.statuses] } } : {}),
        },
        include: CONTEXT,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...(f.limit ? { take: f.limit } : {}),
      });
      return rows.map(context);
    },
    async createIntroduction(d) {
      return introRecord(await tx.introduction.create({ data: d }));
    },
    async updateIntroduction(id, expected, patch) {
      const r = await tx.introduction.updateMany({ where: { id, status: expected }, data: patch });
      return r.count === 1;
    },

    async listQuotes(introductionId) {
      return (await tx.quote.findMany({ where: { introductionId }, orderBy: { version: "asc" } })).map(quoteRecord);
    },
    async getQuote(quoteId) {
      const q = await tx.quote.findUnique({ where: { id: quoteId } });
      return q ? quoteRecord(q) : null;
    },
    async insertQuote(d) {
      return quoteRecord(await tx.quote.create({ data: { ...d, status: "active" } }));
    },
    async setQuoteStatus(ids, from, to) {
      if (!ids.length) return 0;
      return (await tx.quote.updateMany({ where: { id: { in: ids }, status: { in: [...from] } }, data: { status: to } })).count;
    },

    async addMessage(d) {
      // Thread order is createdAt order: keep it strictly increasing within a thread, even when
      // two messages fall in the same millisecond (or a test clock stands still). Callers hold
      // the introduction's lock, so this read-then-write does not race.
      const last = await tx.threadMessage.findFirst({ where: { introductionId: d.introductionId }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
      const createdAt = last && last.createdAt >= d.createdAt ? new Date(last.createdAt.getTime() + 1) : d.createdAt;
      return messageRecord(await tx.threadMessage.create({ data: { ...d, createdAt } }));
    },
    async listMessages(introductionId, limit) {
      const rows = await tx.threadMessage.findMany({ where: { introductionId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
      return rows.reverse().map(messageRecord);
    },
    async hasSellerMessage(introductionId) {
      return (await tx.threadMessage.count({ where: { introductionId, authorSide: "seller" } })) > 0;
    },
    async findMessagesByPlatformId(platform, platformMessageId) {
      if (platform === "playground") return [];
      const where = platform === "telegram" ? { telegramMessageId: platformMessageId } : { discordMessageId: platformMessageId };
      return (await tx.threadMessage.findMany({ where, orderBy: { createdAt: "desc" }, take: 20 })).map(messageRecord);
    },
    async setMessagePlatformId(id, platform, platformMessageId) {
      if (platform === "playground") return;
      const data = platform === "telegram" ? { telegramMessageId: platformMessageId } : { discordMessageId: platformMessageId };
      await tx.threadMessage.updateMany({ where: { id }, data });
    },

    async flagBuyer(buyerId, note) {
      const b = await tx.buyer.findUniqueOrThrow({ where: { id: buyerId }, select: { flaggedNote: true } });
      await tx.buyer.update({ where: { id: buyerId }, data: { flagged: true, flaggedNote: [b.flaggedNote, note].filter(Boolean).join("\n") } });
    },

    async enqueue(drafts) {
      if (!drafts.length) return;
      await tx.$executeRawUnsafe(ENQUEUE_SQL, enqueueParam(drafts));
      await tx.$executeRawUnsafe(NOTIFY_SQL);
    },

    async findUnansweredLeads(before, opts) {
      const rows = await tx.introduction.findMany({
        where: {
          status: { in: ["proposed", "delivered", "viewed"] },
          OR: [{ deliveredAt: { lte: before } }, { deliveredAt: null, createdAt: { lte: before } }],
          messages: { none: { authorSide: "seller" } },
          ...(opts.unremindedOnly ? { remindedAt: null } : {}),
        },
        select: { id: true },
        orderBy: { createdAt: "asc" },
        take: opts.limit,
      });
      return rows.map((r) => r.id);
    },
    async findLapsedQuotes(today, limit) {
      const rows = await tx.quote.findMany({ where: { status: "active", validUntil: { lt: today } }, orderBy: { validUntil: "asc" }, take: limit });
      return rows.map(quoteRecord);
    },
  };
}

/** True for a unique violation on the outbox delivery key (raw insert or Prisma, any adapter). */
function isDuplicateDelivery(e: unknown): boolean {
  const text = e instanceof Error ? `${e.message} ${JSON.stringify((e as { meta?: unknown }).meta ?? {})}` : String(e);
  return /OutboxMessage_deliveryKey_key|deliveryKey/.test(text) && /23505|unique|P2002/i.test(text);
}

export function createDealStore(db: Database, opts: { timeoutMs?: number } = {}): DealStore {
  const timeout = opts.timeoutMs ?? 30_000;
  return {
    async transact(fn) {
      try {
        return await db.prisma.$transaction((tx) => fn(dealTx(tx)), { maxWait: timeout, timeout });
      } catch (e) {
        if (e instanceof CoreError) throw e;
        if (isDuplicateDelivery(e)) throw new CoreError("already_done", "this action was already carried out (duplicate delivery key)", { reason: "duplicate" });
        throw e;
      }
    },
  };
}
