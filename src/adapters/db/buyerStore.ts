// Buyers in the Buyer table, per platform user.
import type { BuyerStore } from "../../ports/buyerStore.js";
import type { Database } from "./database.js";

const PROFILE = { company: true, companyType: true, country: true, contact: true } as const;

export function createBuyerStore(db: Database): BuyerStore {
  return {
    async ensure(platform, externalId, fresh) {
      const b = await db.prisma.buyer.upsert({
        where: { platform_externalId: { platform, externalId } },
        create: {
          platform, externalId, username: fresh.username ?? null, name: fresh.name ?? null, language: fresh.language,
          ...(fresh.companyType ? { companyType: fresh.companyType } : {}),
        },
        // A buyer who writes again has unblocked the bot.
        update: { active: true },
      });
      return { id: b.id, language: b.language, active: b.active };
    },
    async setLanguage(buyerId, language) {
      await db.prisma.buyer.update({ where: { id: buyerId }, data: { language } });
    },
    async markInactive(platform, externalId) {
      await db.prisma.buyer.updateMany({ where: { platform, externalId }, data: { active: false } });
    },
    async isActive(platform, externalId) {
      const b = await db.prisma.buyer.findUnique({ where: { platform_externalId: { platform, externalId } }, select: { active: true } });
      return b ? b.active : null;
    },
    profile: (buyerId) => db.prisma.buyer.findUniqueOrThrow({ where: { id: buyerId }, select: PROFILE }),
    saveProfile: (buyerId, patch) => db.prisma.buyer.update({ where: { id: buyerId }, data: patch, select: PROFILE }),
  };
}
