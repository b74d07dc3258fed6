// Who a page is: one session id (made by the page, kept in localStorage) plays a buyer (a Buyer
// row on platform "playground") and, when chosen, one demo seller. The buyer's chat state and the
// chat's log live in the chat store like Telegram's, so a reload or a restart continues the chat.
import { z } from "zod";
import type { Actor } from "../../core/deals/types.js";
import type { BuyerRef } from "../../core/conversation/index.js";
import { pickLanguage } from "../../locales/index.js";
import type { PlaygroundRuntime } from "./deps.js";

export const sessionSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, "must be the page's session id (8–64 letters, digits or dashes)");

export const actorOf = (session: string): Actor => ({ platform: "playground", userId: session });

/** The session's buyer, created on first use (a page's first click may come before its first message). */
export async function buyerOf(rt: PlaygroundRuntime, session: string): Promise<BuyerRef> {
  const b = await rt.conversation.buyers.ensure("playground", session, { name: "Playground buyer", companyType: "importer", language: "en" });
  return { actor: actorOf(session), buyerId: b.id, chatId: session, lang: pickLanguage(b.language) };
}
