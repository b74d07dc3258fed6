// What every handler gets: the deps, the buyer's language, their Conversation state, and a
// translator for CoreErrors. Loaded once per update by the session middleware in bot.ts.
import type { Context } from "grammy";
import type { CoreDeps } from "../../wiring.js";
import type { DealDeps } from "../../core/deals/deps.js";
import type { Actor } from "../../core/deals/types.js";
import type { Logger } from "../../logger.js";
import { isCoreError } from "../../core/errors.js";
import { dealErrorKeys, quoteStatusKey, statusKey } from "../../core/deals/messages.js";
import { INTRODUCTION_STATUSES, type IntroductionStatus } from "../../core/deals/types.js";
import { t } from "../../locales/index.js";
import { esc } from "./render.js";
import type { BuyerRow, StoredState } from "./conversation.js";

export interface TelegramDeps {
  core: CoreDeps;
  deals: DealDeps;
  logger: Logger;
}

export interface Session {
  actor: Actor;
  chatId: string;
  buyer: BuyerRow;
  lang: string;
  state: StoredState;
}

export type BotContext = Context & { session?: Session };

export function sessionOf(ctx: BotContext): Session {
  if (!ctx.session) throw new Error("no session: update without a user or chat");
  return ctx.session;
}

/** The sentence for a CoreError in the buyer's language (most specific key the locale has). */
export function errorText(lang: string, e: unknown): string | null {
  if (!isCoreError(e)) return null;
  if (e.code === "already_done") return esc(t(lang, "tg-already"));
  const { keys, args } = dealErrorKeys(e);
  // Statuses read as words ("closed by the buyer"); a refusal without one names its reason.
  const status = typeof args.status === "string" ? args.status : typeof e.details.reason === "string" ? e.details.reason : null;
  if (status) args.status = INTRODUCTION_STATUSES.includes(status as IntroductionStatus) ? t(lang, statusKey(status as IntroductionStatus)) : t(lang, quoteStatusKey(status));
  for (const k of keys) {
    try {
      const s = t(lang, k, args);
      if (s !== k) return esc(s);
    } catch {
      // A sentence needing an argument this error lacks: try the next, more general one.
    }
  }
  return esc(t(lang, "error-generic"));
}

export const html = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true } };
