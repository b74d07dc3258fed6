// Edits a lead card in place: the footer's status line and the buttons (none once the lead is
// closed). Reads the card back from Discord instead of rebuilding it, so no lead facts are re-queried.
// A lead that closes for good has its thread archived afterwards (leadThreads.ts).
import type { REST } from "discord.js";
import type { APIEmbed, APIMessage } from "discord-api-types/v10";
import type { Logger } from "../../logger.js";
import { leadRouting, type DealDeps, type IntroductionStatus } from "../../core/deals/index.js";
import { DEFAULT_LANGUAGE } from "../../locales/index.js";
import { sellerLanguage } from "./sellerLanguage.js";
import type { QuoteFacts } from "../../ports/outbox.js";
import { leadButtons, statusLine } from "./leadCard.js";
import { archivesThread, createLeadThreads } from "./leadThreads.js";
import { fitEmbed } from "./limits.js";
import type { CardEditor } from "./seam.js";

export function createCardEditor(o: { rest: REST; deals: DealDeps; log: Logger; lang?: string }): CardEditor {
  const fallback = o.lang ?? DEFAULT_LANGUAGE;
  const threads = createLeadThreads(o);
  return {
    async setStatus(introductionId: string, status: IntroductionStatus, quote?: QuoteFacts | null, note?: string) {
      const r = await leadRouting(o.deals, introductionId, "discord");
      if (!r.discordThreadId) return;
      const lang = sellerLanguage(r, fallback);
      if (r.discordCardId) {
        const path = `/channels/${r.discordThreadId}/messages/${r.discordCardId}` as const;
        const card = (await o.rest.get(path)) as APIMessage;
        const embed: APIEmbed = fitEmbed({ ...(card.embeds[0] ?? {}), footer: { text: statusLine(lang, status, quote, note) } });
        await o.rest.patch(path, { body: { embeds: [embed], components: leadButtons(lang, introductionId, status), allowed_mentions: { parse: [] } } });
      }
      // Last: editing a message in an archived thread would unarchive it again.
      if (archivesThread(status)) await threads.archive(r.discordThreadId, { introductionId, status });
    },
  };
}
