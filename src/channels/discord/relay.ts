// What a seller types in a lead thread goes to the buyer (sellerSays). Reading those messages is
// what needs the privileged MessageContent intent; everything else on the desk is interactions.
import type { SellerDeskStore } from "../../ports/sellerDesk.js";
import type { Logger } from "../../logger.js";
import { dealErrorKeys, leadRouting, sellerSays, type DealDeps } from "../../core/deals/index.js";
import { isCoreError } from "../../core/errors.js";
import { DEFAULT_LANGUAGE, t } from "../../locales/index.js";
import { sellerLanguage } from "./sellerLanguage.js";

export interface ThreadMessage {
  id: string;
  channelId: string;
  authorId: string;
  authorIsBot: boolean;
  content: string;
  /** How many files came with it: only text reaches the buyer, so the seller is told. */
  attachments?: number;
}

/** Relays one message; returns a notice to post back in the thread, or null (relayed, or not ours). */
export function createRelay(o: { deals: DealDeps; desk: SellerDeskStore; log: Logger; lang?: string }) {
  const fallback = o.lang ?? DEFAULT_LANGUAGE;
  return async function relay(m: ThreadMessage): Promise<string | null> {
    const files = m.attachments ?? 0;
    if (m.authorIsBot || (!m.content.trim() && files === 0)) return null;
    const introductionId = await o.desk.leadByThread(m.channelId);
    if (!introductionId) return null;
    // Looked up only when there is a notice to write: a plain relayed message needs no language.
    const langOf = async () => sellerLanguage(await leadRouting(o.deals, introductionId, "discord").catch(() => ({ language: null })), fallback);
    if (!m.content.trim()) return t(await langOf(), "discord-relay-files-only");
    try {
      await sellerSays(o.deals, { platform: "discord", userId: m.authorId }, { introductionId, text: m.content, clientKey: m.id });
      return files > 0 ? t(await langOf(), "discord-relay-files-dropped") : null;
    } catch (e) {
      if (!isCoreError(e)) throw e;
      // Admins and moderators may talk in a thread without it reaching the buyer.
      if (e.code === "forbidden") return null;
      if (e.code === "already_done") return null;
      const { keys, args } = dealErrorKeys(e);
      const lang = await langOf();
      if (typeof args.status === "string") args.status = t(lang, `deal-status-${args.status}`);
      for (const k of keys) if (t(lang, k, args) !== k) return t(lang, k, args);
      return null;
    }
  };
}
