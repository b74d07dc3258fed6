// What the bot's handlers get: the conversation's deps, and per update the buyer speaking (set by
// the session middleware in bot.ts).
import type { Context } from "grammy";
import type { CoreDeps } from "../../wiring.js";
import type { DealDeps } from "../../core/deals/deps.js";
import type { BuyerRef } from "../../core/conversation/index.js";
import type { Logger } from "../../logger.js";

export interface TelegramDeps {
  core: CoreDeps;
  deals: DealDeps;
  logger: Logger;
}

export type BotContext = Context & { session?: BuyerRef };

export function sessionOf(ctx: BotContext): BuyerRef {
  if (!ctx.session) throw new Error("no session: update without a user or chat");
  return ctx.session;
}

export const html = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true } };
