import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.js";
import { createTestDb, type TestDb } from "../helpers/testDb.js";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.cleanup());

const uniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

async function seedDeal(tag: string) {
  const p = t.db.prisma;
  const seller = await p.seller.create({ data: { name: `Seller ${tag}`, claimCode: `CODE-${tag}`, country: "MA" } });
  const product = await p.product.create({
    data: { sellerId: seller.id, sku: `SKU-${tag}`, title: "Argan oil", contentHash: "h", moq: new Prisma.Decimal("100.5"), priceMin: new Prisma.Decimal("12.3456") },
  });
  const buyer = await p.buyer.create({ data: { platform: "telegram", externalId: `tg-${tag}` } });
  const request = await p.sourcingRequest.create({ data: { buyerId: buyer.id, rawText: "2 t argan oil", product: "argan oil", missing: [] } });
  const match = await p.match.create({
    data: { requestId: request.id, productId: product.id, sellerId: seller.id, rank: 1, score: 0.9, reasons: { terms: ["argan"] }, sku: product.sku, title: product.title },
  });
  const intro = await p.introduction.create({ data: { requestId: request.id, sellerId: seller.id, matchId: match.id } });
  const quote = await p.quote.create({
    data: { introductionId: intro.id, version: 1, unitPrice: new Prisma.Decimal("14.50"), currency: "EUR", unit: "kg" },
  });
  await p.threadMessage.create({ data: { introductionId: intro.id, authorSide: "seller", text: "Hello" } });
  return { seller, product, buyer, request, match, intro, quote };
}

describe("schema constraints", () => {
  it("keeps money exact (Decimal, not float)", async () => {
    const { product, quote } = await seedDeal("money");
    const p = await t.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(p.priceMin?.toString()).toBe("12.3456");
    expect(p.moq?.toString()).toBe("100.5");
    const q = await t.db.prisma.quote.findUniqueOrThrow({ where: { id: quote.id } });
    expect(q.unitPrice.toFixed(2)).toBe("14.50");
  });

  it("allows a sku once per seller, but the same sku for another seller", async () => {
    const { seller } = await seedDeal("sku");
    const other = await t.db.prisma.seller.create({ data: { name: "Other sku seller", claimCode: "CODE-other-sku" } });
    await expect(t.db.prisma.product.create({ data: { sellerId: seller.id, sku: "SKU-sku", title: "dup", contentHash: "x" } })).rejects.toSatisfy(
      uniqueViolation,
    );
    await expect(t.db.prisma.product.create({ data: { sellerId: other.id, sku: "SKU-sku", title: "same sku elsewhere", contentHash: "x" } })).resolves.toBeTruthy();
  });

  it("records a platform update id once", async () => {
    await t.db.prisma.processedUpdate.create({ data: { platform: "telegram", updateId: "42" } });
    await expect(t.db.prisma.processedUpdate.create({ data: { platform: "telegram", updateId: "42" } })).rejects.toSatisfy(uniqueViolation);
    await expect(t.db.prisma.processedUpdate.create({ data: { platform: "discord", updateId: "42" } })).resolves.toBeTruthy();
  });

  it("enforces unique claim codes, delivery keys, conversations and seller members", async () => {
    const p = t.db.prisma;
    await p.seller.create({ data: { name: "Claim A", claimCode: "SAME" } });
    await expect(p.seller.create({ data: { name: "Claim B", claimCode: "SAME" } })).rejects.toSatisfy(uniqueViolation);
    await p.outboxMessage.create({ data: { platform: "discord", kind: "lead", payload: {}, deliveryKey: "lead:1", threadKey: "i1" } });
    await expect(p.outboxMessage.create({ data: { platform: "discord", kind: "lead", payload: {}, deliveryKey: "lead:1", threadKey: "i1" } })).rejects.toSatisfy(
      uniqueViolation,
    );
    await p.conversation.create({ data: { platform: "telegram", chatId: "7" } });
    await expect(p.conversation.create({ data: { platform: "telegram", chatId: "7" } })).rejects.toSatisfy(uniqueViolation);
  });

  it("cascades from a buyer through requests, introductions, quotes and messages", async () => {
    const { buyer, request, intro, quote, seller } = await seedDeal("cascade");
    await t.db.prisma.buyer.delete({ where: { id: buyer.id } });
    const p = t.db.prisma;
    expect(await p.sourcingRequest.findUnique({ where: { id: request.id } })).toBeNull();
    expect(await p.introduction.findUnique({ where: { id: intro.id } })).toBeNull();
    expect(await p.quote.findUnique({ where: { id: quote.id } })).toBeNull();
    expect(await p.threadMessage.count({ where: { introductionId: intro.id } })).toBe(0);
    expect(await p.match.count({ where: { requestId: request.id } })).toBe(0);
    // The seller and its catalog are untouched.
    expect(await p.product.count({ where: { sellerId: seller.id } })).toBe(1);
  });

  it("keeps a match as an audit record when its product is pruned", async () => {
    const { product, match } = await seedDeal("prune");
    await t.db.prisma.product.delete({ where: { id: product.id } });
    const m = await t.db.prisma.match.findUniqueOrThrow({ where: { id: match.id } });
    expect(m.productId).toBeNull();
    expect(m.sku).toBe("SKU-prune");
  });

  it("removes a seller's catalog, members and introductions with the seller", async () => {
    const { seller, intro } = await seedDeal("seller");
    await t.db.prisma.sellerMember.create({ data: { sellerId: seller.id, platform: "discord", externalId: "d-1" } });
    await t.db.prisma.seller.delete({ where: { id: seller.id } });
    expect(await t.db.prisma.product.count({ where: { sellerId: seller.id } })).toBe(0);
    expect(await t.db.prisma.sellerMember.count({ where: { sellerId: seller.id } })).toBe(0);
    expect(await t.db.prisma.introduction.findUnique({ where: { id: intro.id } })).toBeNull();
  });

  it("allows one introduction per seller and request, and one quote per version", async () => {
    const { request, seller, intro } = await seedDeal("intro");
    await expect(t.db.prisma.introduction.create({ data: { requestId: request.id, sellerId: seller.id } })).rejects.toSatisfy(uniqueViolation);
    await expect(
      t.db.prisma.quote.create({ data: { introductionId: intro.id, version: 1, unitPrice: new Prisma.Decimal(1), currency: "EUR", unit: "kg" } }),
    ).rejects.toSatisfy(uniqueViolation);
  });
});
