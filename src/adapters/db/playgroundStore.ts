// The playground's store in Postgres: demo sellers, which page plays which seller, seller contacts.
import type { PlaygroundStore } from "../../ports/playgroundStore.js";
import type { Database } from "./database.js";

export function createPlaygroundStore(db: Database): PlaygroundStore {
  const p = db.prisma;
  return {
    productCount: () => p.product.count(),
    async demoSellers() {
      const rows = await p.seller.findMany({ select: { id: true, name: true, country: true, _count: { select: { products: true } } }, orderBy: { name: "asc" } });
      return rows.filter((r) => r._count.products > 0).map((r) => ({ id: r.id, name: r.name, country: r.country, products: r._count.products }));
    },
    async playSeller(session, sellerId) {
      const seller = await p.seller.findUnique({ where: { id: sellerId }, select: { id: true, name: true, country: true } });
      if (!seller) return null;
      await p.sellerMember.upsert({
        where: { platform_externalId: { platform: "playground", externalId: session } },
        create: { sellerId, platform: "playground", externalId: session, displayName: "Playground seller" },
        update: { sellerId },
      });
      return seller;
    },
    async playedSeller(session) {
      const m = await p.sellerMember.findUnique({ where: { platform_externalId: { platform: "playground", externalId: session } }, select: { seller: { select: { id: true, name: true } } } });
      return m?.seller ?? null;
    },
    async sessionsOfSeller(sellerId) {
      return (await p.sellerMember.findMany({ where: { sellerId, platform: "playground" }, select: { externalId: true } })).map((r) => r.externalId);
    },
    async sellerName(sellerId) {
      return (await p.seller.findUnique({ where: { id: sellerId }, select: { name: true } }))?.name ?? null;
    },
    async isSellersLead(sellerId, introductionId) {
      return (await p.introduction.count({ where: { id: introductionId, sellerId } })) === 1;
    },
    async sellerContact(sellerId) {
      return (await p.seller.findUnique({ where: { id: sellerId }, select: { contact: true } }))?.contact ?? null;
    },
    async saveSellerContact(sellerId, contact) {
      await p.seller.update({ where: { id: sellerId }, data: { contact } });
    },
  };
}
