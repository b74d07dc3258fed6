// SellerDeskStore on Prisma. The profile figures run the seller-scoped part of the admin stats
// query only: /profile must not compute the whole platform's funnel for one seller.
import type { Platform } from "../../core/deals/types.js";
import type { DeskSeller, SellerDeskStore } from "../../ports/sellerDesk.js";
import type { IntroductionStatus } from "../../core/deals/types.js";
import type { Database } from "./database.js";
import { SELLERS_SQL } from "./dealStats.js";
import type { ChatStore } from "../../ports/chatStore.js";
import { createChatStore } from "./chatStore.js";

const seller = (s: { id: string; name: string; country: string | null }): DeskSeller => ({ id: s.id, name: s.name, country: s.country });
const member = (platform: Platform, externalId: string) => ({ platform_externalId: { platform, externalId } });

export function createSellerDeskStore(db: Database): SellerDeskStore {
  const p = db.prisma;
  return {
    async memberSeller(platform, userId) {
      const m = await p.sellerMember.findUnique({ where: member(platform, userId), include: { seller: true } });
      return m ? seller(m.seller) : null;
    },
    async sellerByClaimCode(code) {
      const s = await p.seller.findUnique({ where: { claimCode: code } });
      return s ? seller(s) : null;
    },
    async addMember(sellerId, platform, userId, displayName) {
      const r = await p.sellerMember.createMany({ data: [{ sellerId, platform, externalId: userId, displayName }], skipDuplicates: true });
      return r.count === 1;
    },
    async noteMemberLanguage(platform, userId, language) {
      // Written only when it changes (one cheap no-op statement otherwise), and never over a choice.
      await p.sellerMember.updateMany({
        where: { platform, externalId: userId, languageChosen: false, OR: [{ language: null }, { language: { not: language } }] },
        data: { language, languageSeenAt: new Date() },
      });
    },
    async chooseMemberLanguage(platform, userId, language) {
      const r = await p.sellerMember.updateMany({ where: { platform, externalId: userId }, data: { language, languageChosen: true, languageSeenAt: new Date() } });
      return r.count === 1;
    },
    async chosenLanguage(platform, userId) {
      const m = await p.sellerMember.findUnique({ where: member(platform, userId), select: { language: true, languageChosen: true } });
      return m?.languageChosen ? m.language : null;
    },
    async removeMember(platform, userId) {
      const m = await p.sellerMember.findUnique({ where: member(platform, userId), include: { seller: true } });
      if (!m) return null;
      await p.sellerMember.deleteMany({ where: { id: m.id } });
      return seller(m.seller);
    },
    async profileFigures(sellerId) {
      const [products, members, rows] = await Promise.all([
        p.product.count({ where: { sellerId } }),
        p.sellerMember.count({ where: { sellerId } }),
        db.query<{ leads: unknown; answered: unknown }>(SELLERS_SQL, [null, sellerId]),
      ]);
      const leads = Number(rows[0]?.leads ?? 0);
      const answered = Number(rows[0]?.answered ?? 0);
      return { products, members, leads, responseRate: leads ? Math.round((answered / leads) * 1000) / 1000 : null };
    },
    async leadByThread(threadId) {
      const i = await p.introduction.findFirst({ where: { discordThreadId: threadId }, select: { id: true } });
      return i?.id ?? null;
    },
    async leadThreads(sellerId, statuses) {
      const rows = await p.introduction.findMany({
        where: { sellerId, discordThreadId: { not: null }, status: { in: statuses as IntroductionStatus[] } }, select: { id: true, discordThreadId: true },
        orderBy: { createdAt: "desc" },
      });
      return rows.flatMap((r) => (r.discordThreadId ? [{ introductionId: r.id, threadId: r.discordThreadId }] : []));
    },
    async sellerContact(introductionId) {
      const i = await p.introduction.findUnique({ where: { id: introductionId }, select: { seller: { select: { contact: true } } } });
      return i?.seller.contact ?? null;
    },
    async saveSellerContact(introductionId, line) {
      const i = await p.introduction.findUniqueOrThrow({ where: { id: introductionId }, select: { sellerId: true, contactsSharedAt: true } });
      if (i.contactsSharedAt) return false;
      await p.seller.update({ where: { id: i.sellerId }, data: { contact: line } });
      return true;
    },
  };
}

/** Everything the seller desk needs besides the deals core, on one database. */
export const createDeskStores = (db: Database): { desk: SellerDeskStore; chatState: ChatStore } => ({ desk: createSellerDeskStore(db), chatState: createChatStore(db) });
