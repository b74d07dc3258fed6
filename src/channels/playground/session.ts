// Who a page is: one session id (made by the page, kept in localStorage) plays a buyer (a Buyer
// row on platform "playground") and, when chosen, one demo seller (a SellerMember on platform
// "playground" — the local stand-in for Discord's /link). The buyer's chat state lives in the
// Conversation table like Telegram's, so a restart continues where the page was.
import { z } from "zod";
import type { Database } from "../../adapters/db/database.js";
import type { Actor } from "../../core/deals/types.js";

export const sessionSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, "must be the page's session id (8–64 letters, digits or dashes)");

export const actorOf = (session: string): Actor => ({ platform: "playground", userId: session });

export async function ensureBuyer(db: Database, session: string): Promise<{ id: string; language: string }> {
  const b = await db.prisma.buyer.upsert({
    where: { platform_externalId: { platform: "playground", externalId: session } },
    create: { platform: "playground", externalId: session, name: "Playground buyer", companyType: "importer", language: "en" },
    update: {},
  });
  return { id: b.id, language: b.language };
}

/** Makes this session speak for `sellerId` (replacing any seller it played before). */
export async function playSeller(db: Database, session: string, sellerId: string): Promise<{ id: string; name: string; country: string | null } | null> {
  const seller = await db.prisma.seller.findUnique({ where: { id: sellerId }, select: { id: true, name: true, country: true } });
  if (!seller) return null;
  await db.prisma.sellerMember.upsert({
    where: { platform_externalId: { platform: "playground", externalId: session } },
    create: { sellerId, platform: "playground", externalId: session, displayName: "Playground seller" },
    update: { sellerId },
  });
  return seller;
}

export async function playedSeller(db: Database, session: string): Promise<{ id: string; name: string } | null> {
  const m = await db.prisma.sellerMember.findUnique({
    where: { platform_externalId: { platform: "playground", externalId: session } },
    select: { seller: { select: { id: true, name: true } } },
  });
  return m?.seller ?? null;
}

/** Sessions currently playing this seller: where its leads are pushed. */
export async function sessionsOfSeller(db: Database, sellerId: string): Promise<string[]> {
  const rows = await db.prisma.sellerMember.findMany({ where: { sellerId, platform: "playground" }, select: { externalId: true } });
  return rows.map((r) => r.externalId);
}

const questionSchema = z.object({ kind: z.string(), key: z.string(), params: z.record(z.string(), z.string()) });
export const chatStateSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("idle") }),
  z.object({ mode: z.literal("clarify"), requestId: z.string(), question: questionSchema }),
]);
export type ChatState = z.infer<typeof chatStateSchema>;

export async function loadChatState(db: Database, session: string): Promise<ChatState> {
  const row = await db.prisma.conversation.findUnique({ where: { platform_chatId: { platform: "playground", chatId: session } } });
  const parsed = chatStateSchema.safeParse(row?.state);
  return parsed.success ? parsed.data : { mode: "idle" };
}

export async function saveChatState(db: Database, session: string, state: ChatState): Promise<void> {
  await db.prisma.conversation.upsert({
    where: { platform_chatId: { platform: "playground", chatId: session } },
    create: { platform: "playground", chatId: session, state },
    update: { state, version: { increment: 1 } },
  });
}
