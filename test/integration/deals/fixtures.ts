// Shared set-up for the deals suites: a buyer with a matched request and a three-seller shortlist,
// written straight into the real test database; a fake clock; and fake channels that behave like
// a platform (each post gets an id; a post with an already used delivery key is not made twice).
import type { Database } from "../../../src/adapters/db/database.js";
import { createDealStore } from "../../../src/adapters/db/dealStore.js";
import { createOutboxStore } from "../../../src/adapters/db/outboxStore.js";
import type { DealDeps, DealLimits } from "../../../src/core/deals/deps.js";
import type { Actor, Platform } from "../../../src/core/deals/types.js";
import { createOutboxWorker, type OutboxWorkerOptions } from "../../../src/core/deals/outboxWorker.js";
import { recordDelivery } from "../../../src/core/deals/deliveries.js";
import { retryableDelivery, type ChannelDelivery, type DeliveryContext, type DeliveryResult, type OutboxMessage } from "../../../src/ports/outbox.js";
import type { Clock } from "../../../src/ports/clock.js";

export class FakeClock implements Clock {
  constructor(public t: Date = new Date("2027-01-10T09:00:00Z")) {}
  now(): Date {
    return new Date(this.t);
  }
  advanceHours(h: number): void {
    this.t = new Date(this.t.getTime() + h * 3_600_000);
  }
}

let counter = 0;
const uniq = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface SellerFixture {
  id: string;
  name: string;
  actor: Actor;
}

export interface DealFixture {
  buyerId: string;
  buyer: Actor;
  requestId: string;
  sellers: SellerFixture[];
  matchIds: string[];
}

/** A buyer with a matched request and a shortlist of `sellers` sellers (one linked Discord member each). */
export async function seedDeal(db: Database, opts: { sellers?: number; buyerActor?: Actor; splitOrder?: boolean } = {}): Promise<DealFixture> {
  const p = db.prisma;
  const tag = uniq();
  const buyerActor = opts.buyerActor ?? { platform: "telegram" as Platform, userId: `tg-${tag}` };
  let buyer = await p.buyer.findUnique({ where: { platform_externalId: { platform: buyerActor.platform, externalId: buyerActor.userId } } });
  buyer ??= await p.buyer.create({
    data: {
      platform: buyerActor.platform, externalId: buyerActor.userId, username: `alice_${tag}`, name: "Alice Martin",
      company: "Rotterdam Oils BV", companyType: "importer", country: "NL", language: "en", contact: "alice@rotterdam-oils.example",
    },
  });
  const request = await p.sourcingRequest.create({
    data: {
      buyerId: buyer.id, rawText: "2 t organic argan oil CIF Rotterdam", product: "organic argan oil", quantityValue: "2000", quantityUnit: "kg",
      targetPriceAmount: "14.5", targetPriceCurrency: "EUR", targetPricePer: "kg", incoterm: "CIF", destinationCountry: "NL",
      destinationPlace: "Rotterdam", certifications: ["organic"], status: "matched", splitOrder: opts.splitOrder ?? false,
    },
  });
  const sellers: SellerFixture[] = [];
  const matchIds: string[] = [];
  for (let i = 0; i < (opts.sellers ?? 3); i++) {
    const name = `Seller ${String.fromCharCode(65 + i)} ${tag}`;
    const s = await p.seller.create({ data: { name, country: i % 2 ? "CA" : "MA", claimCode: `CODE-${tag}-${i}`, contact: `sales@seller${i}.example` } });
    const actor: Actor = { platform: "discord", userId: `dc-${tag}-${i}` };
    await p.sellerMember.create({ data: { sellerId: s.id, platform: "discord", externalId: actor.userId, displayName: `member ${i}` } });
    const m = await p.match.create({
      data: {
        requestId: request.id, sellerId: s.id, round: 1, rank: i + 1, score: 1 - i / 10, sku: `SKU-${i}`, title: `Argan oil ${i}`,
        reasons: [{ code: "terms", ok: true, params: { terms: "argan oil" } }],
      },
    });
    sellers.push({ id: s.id, name, actor });
    matchIds.push(m.id);
  }
  return { buyerId: buyer.id, buyer: buyerActor, requestId: request.id, sellers, matchIds };
}

export function dealDeps(db: Database, clock: Clock, limits: Partial<DealLimits> = {}): DealDeps {
  return { deals: createDealStore(db), clock, limits };
}

export interface Post {
  messageId: string;
  message: OutboxMessage;
  at: number;
}

/**
 * A platform stand-in. `posts` is what users would see; `calls` every delivery attempt. Like
 * Discord's enforced nonce, a post whose delivery key was already used returns the first post.
 */
export class FakeChannel implements ChannelDelivery {
  posts: Post[] = [];
  calls: OutboxMessage[] = [];
  private byKey = new Map<string, Post>();
  private n = 0;
  constructor(
    readonly platform: Platform,
    private readonly behave: (m: OutboxMessage, ctx: DeliveryContext) => Promise<void> | void = () => {},
  ) {}

  async deliver(m: OutboxMessage, ctx: DeliveryContext): Promise<DeliveryResult> {
    this.calls.push(m);
    await this.behave(m, ctx);
    const seen = this.byKey.get(m.deliveryKey);
    if (seen) return { messageId: seen.messageId };
    const post: Post = { messageId: `${this.platform}-msg-${++this.n}`, message: m, at: Date.now() };
    this.posts.push(post);
    this.byKey.set(m.deliveryKey, post);
    return m.kind === "lead" ? { messageId: post.messageId, threadId: `thread-${post.messageId}` } : { messageId: post.messageId };
  }

  kinds(): string[] {
    return this.posts.map((p) => p.message.kind);
  }
  of<K extends OutboxMessage["kind"]>(kind: K): Extract<OutboxMessage, { kind: K }>[] {
    return this.posts.map((p) => p.message).filter((m): m is Extract<OutboxMessage, { kind: K }> => m.kind === kind);
  }
  clear(): void {
    this.posts = [];
    this.calls = [];
  }
}

export const failTimes = (n: number) => {
  const seen = new Map<string, number>();
  return (m: OutboxMessage) => {
    const k = (seen.get(m.id) ?? 0) + 1;
    seen.set(m.id, k);
    if (k <= n) throw retryableDelivery(`simulated outage ${k}`);
  };
};

/** A worker on this database delivering to the given channels, recording delivery effects. */
export function worker(db: Database, deps: DealDeps, channels: ChannelDelivery[], opts: Partial<OutboxWorkerOptions> = {}) {
  return createOutboxWorker({
    store: createOutboxStore(db),
    channels,
    onDelivered: (m, r) => recordDelivery(deps, m, r),
    backoffBaseMs: 20,
    backoffMaxMs: 200,
    pollMs: 50,
    ...opts,
  });
}

/** Counts of everything an action could write, to prove a refused action changed nothing. */
export async function snapshot(db: Database, introductionId?: string) {
  const p = db.prisma;
  return {
    outbox: await p.outboxMessage.count(),
    quotes: await p.quote.count(),
    messages: await p.threadMessage.count(),
    introductions: await p.introduction.count(),
    intro: introductionId ? await p.introduction.findUnique({ where: { id: introductionId } }) : null,
    flagged: await p.buyer.count({ where: { flagged: true } }),
  };
}

export async function waitFor(cond: () => Promise<boolean> | boolean, timeoutMs = 10_000, stepMs = 20): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

export const validQuote = {
  unitPrice: "13.2", currency: "EUR", unit: "kg", moq: 500, moqUnit: "kg", leadTimeDays: 21, incoterm: "CIF", incotermPlace: "Rotterdam",
  validUntil: "2027-02-28", samplesAvailable: true, sampleCost: 0, paymentTerms: "30% deposit, 70% against BL", notes: "Ecocert certified",
};
