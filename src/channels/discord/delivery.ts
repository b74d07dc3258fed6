// The seller desk's ChannelDelivery. A lead becomes a private thread in the leads channel with the
// seller's linked members added and the lead card posted; everything after it (buyer messages,
// counter-offers, decisions, reminders) is posted in that thread, and decisions edit the card.
// Retries are safe: the thread id is checkpointed before the card is posted, and every post
// carries an enforced nonce derived from the delivery key, so Discord drops a duplicate.
import { createHash } from "node:crypto";
import type { REST } from "discord.js";
import type { APIMessage, APIThreadChannel } from "discord-api-types/v10";
import type { Logger } from "../../logger.js";
import { buyerDeclineReasonKey, leadRouting, type DealDeps, type IntroductionStatus } from "../../core/deals/index.js";
import {
  permanentDelivery, type ChannelDelivery, type DeliveryContext, type DeliveryResult, type OutboxMessage, type OutboxPayload,
} from "../../ports/outbox.js";
import { DEFAULT_LANGUAGE, t } from "../../locales/index.js";
import { leadCard } from "./leadCard.js";
import { createCardEditor } from "./cards.js";
import { sellerLanguage } from "./sellerLanguage.js";
import { deliveryErrorFrom, isUnknownMember, type Step } from "./discordErrors.js";
import { md, mdOr } from "./markdown.js";
import { LIMITS, fit, splitContent } from "./limits.js";
import { createLeadThreads } from "./leadThreads.js";

export interface DiscordDeliveryOptions {
  rest: REST;
  deals: DealDeps;
  leadsChannelId: string;
  log: Logger;
  /** The language of posts to a seller none of whose accounts has shown one yet (default English). */
  lang?: string;
}

const NO_MENTIONS = { parse: [] as never[] };
/** Discord nonces are at most 25 characters. */
export const nonceOf = (deliveryKey: string): string => createHash("sha256").update(deliveryKey).digest("base64url").slice(0, 25);

export function createDiscordDelivery(o: DiscordDeliveryOptions): ChannelDelivery {
  const fallback = o.lang ?? DEFAULT_LANGUAGE;
  const cards = createCardEditor({ rest: o.rest, deals: o.deals, log: o.log, lang: fallback });
  const threads = createLeadThreads({ rest: o.rest, log: o.log });
  const leads = `#leads (channel ${o.leadsChannelId})`;

  async function step<T>(s: Step, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw deliveryErrorFrom(e, s);
    }
  }

  // The signal ends a call still waiting (on a rate limit, a slow Discord) when the outbox lease runs out.
  async function post(threadId: string, deliveryKey: string, body: Record<string, unknown>, signal: AbortSignal): Promise<string> {
    const msg = (await step({ what: "post in the lead thread", permission: "Send Messages in Threads", where: leads }, () =>
      o.rest.post(`/channels/${threadId}/messages`, { body: { ...body, allowed_mentions: NO_MENTIONS, nonce: nonceOf(deliveryKey), enforce_nonce: true }, signal }),
    )) as APIMessage;
    return msg.id;
  }

  /**
   * Long content goes out as several messages, each with its own nonce and checkpointed, so a
   * retry posts only the parts still missing. The first part's id stands for the message.
   */
  async function postParts(threadId: string, deliveryKey: string, content: string, ctx: DeliveryContext): Promise<string> {
    const parts = splitContent(content, LIMITS.content);
    let first = typeof ctx.saved?.messageId === "string" ? ctx.saved.messageId : null;
    const done = typeof ctx.saved?.parts === "number" ? ctx.saved.parts : first ? 1 : 0;
    for (let i = done; i < parts.length; i++) {
      const id = await post(threadId, i === 0 ? deliveryKey : `${deliveryKey}#${i}`, { content: parts[i] }, ctx.signal);
      first ??= id;
      if (parts.length > 1) await ctx.checkpoint({ messageId: first, parts: i + 1 });
    }
    return first ?? "";
  }

  async function deliverLead(m: OutboxMessage & { kind: "lead" }, ctx: DeliveryContext): Promise<DeliveryResult> {
    const p = m.payload;
    const routing = await leadRouting(o.deals, p.introductionId, "discord");
    let threadId = (typeof ctx.saved?.threadId === "string" ? ctx.saved.threadId : null) ?? routing.discordThreadId;
    if (!threadId) {
      const name = fit([p.request.product ?? "lead", p.request.destination?.country].filter(Boolean).join(" → "), LIMITS.threadName);
      const thread = (await step({ what: "create the lead thread", permission: "Create Private Threads", where: leads }, () =>
        o.rest.post(`/channels/${o.leadsChannelId}/threads`, { body: { name, type: 12, invitable: false, auto_archive_duration: 10080 }, signal: ctx.signal }),
      )) as APIThreadChannel;
      threadId = thread.id;
      await ctx.checkpoint({ threadId });
    }
    if (!routing.memberIds.length)
      o.log.warn({ introductionId: p.introductionId, seller: routing.sellerName }, "seller has no linked Discord member yet: the lead thread waits for them (/link adds them)");
    for (const userId of routing.memberIds) {
      try {
        await threads.addMember(threadId, userId, { signal: ctx.signal });
      } catch (e) {
        if (isUnknownMember(e)) {
          o.log.warn({ introductionId: p.introductionId, userId }, "linked seller member is not on the Discord server; not added to the lead thread");
          continue;
        }
        throw deliveryErrorFrom(e, { what: "add the seller's members to the lead thread", permission: "Manage Threads", where: leads });
      }
    }
    const card = leadCard(sellerLanguage(routing, fallback), {
      introductionId: p.introductionId, request: p.request, buyer: p.buyer, status: routing.status === "proposed" ? "delivered" : routing.status,
      match: p.match ? { sku: p.match.sku, title: p.match.title, reasons: p.match.reasons } : null,
    });
    const messageId = typeof ctx.saved?.messageId === "string" ? ctx.saved.messageId : await post(threadId, m.deliveryKey, card, ctx.signal);
    return { threadId, messageId };
  }

  /** Text for a message in an existing lead thread, and the card status it implies. */
  function render(m: OutboxMessage, lang: string): { content: string; card?: { status: IntroductionStatus | null; quote: OutboxPayload<"quote_accepted">["quote"] | null } } {
    switch (m.kind) {
      case "buyer_message":
        return { content: t(lang, "discord-thread-buyer", { text: md(m.payload.text) }) };
      case "counter_offer": {
        const p = m.payload;
        const offer = [
          p.price ? `${p.price.amount} ${p.price.currency}${p.price.per ? `/${p.price.per}` : ""}` : null,
          p.quantity ? `${p.quantity.value} ${p.quantity.unit}` : null,
          p.quoteVersion ? `(v${p.quoteVersion})` : null,
          p.note ? md(p.note) : null,
        ].filter(Boolean).join(" · ");
        return { content: t(lang, "discord-thread-counter", { offer }) };
      }
      case "quote_accepted":
        return { content: t(lang, "deal-quote-accepted", { version: m.payload.quote.version }), card: { status: "accepted", quote: m.payload.quote } };
      case "lead_closed": {
        const p = m.payload;
        const content = p.status === "expired"
          ? t(lang, "deal-lead-closed-expired")
          : t(lang, "deal-lead-closed", { reason: p.reason ? t(lang, buyerDeclineReasonKey(p.reason)) : "—" }) + (p.note ? `\n> ${md(p.note).replace(/\n/g, "\n> ")}` : "");
        return { content, card: { status: p.status as IntroductionStatus, quote: null } };
      }
      case "reminder":
        return { content: t(lang, "deal-lead-reminder", { hours: Math.round(m.payload.hoursOpen), expiresAt: m.payload.expiresAt.slice(0, 16).replace("T", " ") + " UTC" }) };
      case "quote_expired":
        return { content: t(lang, "deal-quote-expired", { version: m.payload.quote.version }), card: { status: null, quote: m.payload.quote } };
      case "contact_offer":
        return { content: t(lang, "discord-thread-contact-offer") };
      case "contacts": {
        // The buyer's name and company, and every way to reach them: their line and, from
        // Telegram, their @username (many buyers never type a line; the handle is enough).
        const c = m.payload.counterpart;
        const name = [c.name, c.company && c.company !== c.name ? c.company : null].filter(Boolean).join(", ") || null;
        const reach = [c.contact ? md(c.contact) : null, c.username ? `${c.platform === "telegram" ? "Telegram " : ""}${md(`@${c.username}`)}` : null].filter(Boolean).join(" · ");
        return { content: t(lang, "deal-contacts", { name: mdOr(name), contact: reach || "—" }) };
      }
      default:
        throw permanentDelivery(`the Discord seller desk does not deliver ${m.kind} messages`);
    }
  }

  return {
    platform: "discord",
    async deliver(m, ctx) {
      if (m.kind === "lead") return deliverLead(m, ctx);
      const introductionId = (m.payload as { introductionId: string }).introductionId;
      const routing = await leadRouting(o.deals, introductionId, "discord");
      if (!routing.discordThreadId) throw permanentDelivery(`lead ${introductionId} has no Discord thread (its lead delivery failed; see npm run outbox)`);
      const { content, card } = render(m, sellerLanguage(routing, fallback));
      const messageId = await postParts(routing.discordThreadId, m.deliveryKey, content, ctx);
      if (card) {
        await cards.setStatus(introductionId, card.status ?? routing.status, card.quote)
          .catch((e: unknown) => o.log.warn({ err: e, introductionId }, "lead card status not updated"));
      }
      // Contacts exchanged on an accepted deal: Caravan's part is done. A later post unarchives it.
      if (m.kind === "contacts" && routing.status === "accepted") await threads.archive(routing.discordThreadId, { introductionId, status: "done" });
      return { messageId, threadId: routing.discordThreadId };
    },
  };
}
