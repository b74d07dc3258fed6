// Every slash command, button, menu and modal of the seller desk. Handlers take a plain DeskEvent
// and answer through a DeskResponder, so tests drive them with the real deals core and database.
// Authorization is the core's: a non-member pressing a lead's button gets its forbidden error,
// worded here, and nothing changes.
import type { Logger } from "../../logger.js";
import type { Database } from "../../adapters/db/database.js";
import {
  DECLINE_REASONS, REPORT_SPAM, askBuyer, declineLead, reportSpam, declineReasonKey, dealErrorKeys, listSellerLeads, statusKey, submitQuote, viewLead,
  type DealDeps, type DeclineReason,
} from "../../core/deals/index.js";
import { isCoreError } from "../../core/errors.js";
import { INCOTERMS, UNITS } from "../../core/model.js";
import { pickLanguage, t } from "../../locales/index.js";
import { customId, parseCustomId, type DeskAction } from "./customIds.js";
import { QUOTE_FIELDS, boxOf, draftFromQuote, parseQuoteForm, quoteModal, type QuoteDraft } from "./quoteModal.js";
import { linkMember, sellerProfile, unlinkMember } from "./linking.js";
import { LinkAttempts, QuoteDrafts } from "./deskState.js";
import { md, mdOr } from "./markdown.js";
import { contactModal, submitContact } from "./contactShare.js";
import type { CardEditor, DeskEvent, DeskResponder } from "./seam.js";

/** A quote problem in the seller's language; the core's English wording when the locale has none. */
function problemText(lang: string, p: { message: string; problem?: string }): string {
  const key = `quote-problem-${p.problem ?? "invalid"}`;
  const text = t(lang, key, { units: UNITS.join(", "), incoterms: INCOTERMS.join(", ") });
  return p.problem && p.problem !== "invalid" && text !== key ? text : p.message;
}

export interface DeskDeps {
  deals: DealDeps;
  db: Database;
  cards: CardEditor;
  log: Logger;
  drafts?: QuoteDrafts;
  linkLimiter?: LinkAttempts;
  /** After a successful /link: give the new member access to their seller's open lead threads. */
  onLinked?: (sellerId: string, userId: string) => Promise<unknown>;
}

/** Translates the first key the locale has (core errors come with fallbacks). */
function firstKey(lang: string, keys: string[], args: Record<string, string | number>): string {
  for (const k of keys) {
    const s = t(lang, k, args);
    if (s !== k) return s;
  }
  return t(lang, "discord-error-generic");
}

export function createDeskHandler(d: DeskDeps) {
  const drafts = d.drafts ?? new QuoteDrafts(d.db, d.deals.clock);
  const limiter = d.linkLimiter ?? new LinkAttempts(d.db, d.deals.clock);

  async function handle(ev: DeskEvent, r: DeskResponder): Promise<void> {
    const lang = pickLanguage(ev.locale);
    const say = (content: string) => r.reply({ content, ephemeral: true });
    try {
      if (ev.kind === "command") return await command(ev, r, lang);
      const parsed = parseCustomId(ev.name);
      if (!parsed) return await say(t(lang, "discord-error-unknown-action"));
      await component(ev, r, lang, parsed.action, parsed.introductionId);
    } catch (e) {
      if (isCoreError(e)) {
        const { keys, args } = dealErrorKeys(e);
        if (e.code === "illegal_transition" && typeof args.status === "string") args.status = t(lang, `deal-status-${args.status}`);
        return say(firstKey(lang, keys, args));
      }
      d.log.error({ err: e, interaction: ev.name, user: ev.userId }, "discord interaction failed");
      await say(t(lang, "discord-error-generic")).catch(() => {});
    }
  }

  async function command(ev: DeskEvent, r: DeskResponder, lang: string): Promise<void> {
    const say = (content: string) => r.reply({ content, ephemeral: true });
    const actor = { platform: "discord" as const, userId: ev.userId };
    switch (ev.name) {
      case "link": {
        const out = await linkMember(d.db, limiter, { id: ev.userId, name: ev.userName }, ev.options.code ?? "");
        if (out.kind === "rate_limited") return say(t(lang, "discord-link-rate-limited", { minutes: out.minutes }));
        if (out.kind === "wrong_code") return say(t(lang, "discord-link-wrong-code"));
        await say(t(lang, `discord-link-${out.kind === "other_seller" ? "other" : out.kind}`, { seller: md(out.seller) }));
        // After the reply: adding to many threads could outlast the interaction's 3-second window.
        if (out.kind === "linked" && d.onLinked)
          await d.onLinked(out.sellerId, ev.userId).catch((e: unknown) => d.log.warn({ err: e, user: ev.userId }, "linked member not added to lead threads"));
        return;
      }
      case "unlink": {
        const seller = await unlinkMember(d.db, ev.userId);
        return say(seller ? t(lang, "discord-unlink-done", { seller: md(seller) }) : t(lang, "discord-not-linked"));
      }
      case "profile": {
        const p = await sellerProfile(d.db, ev.userId);
        if (!p) return say(t(lang, "discord-not-linked"));
        return say(t(lang, "discord-profile", {
          seller: md(p.name), country: mdOr(p.country), products: p.products, members: p.members, leads: p.leads,
          rate: p.responseRate === null ? "—" : `${Math.round(p.responseRate * 100)}%`,
        }));
      }
      case "leads": {
        const leads = await listSellerLeads(d.deals, actor);
        if (!leads.length) return say(t(lang, "discord-leads-none"));
        const lines = leads.map((l) => t(lang, "discord-leads-line", {
          product: mdOr(l.product), status: t(lang, statusKey(l.status)), age: l.ageHours < 48 ? `${l.ageHours} h` : `${Math.floor(l.ageHours / 24)} d`,
          country: mdOr(l.buyerCountry),
        }));
        return say(`${t(lang, "discord-leads-title", { count: leads.length })}\n${lines.join("\n")}`.slice(0, 2000));
      }
      default:
        return say(t(lang, "discord-error-unknown-action"));
    }
  }

  async function component(ev: DeskEvent, r: DeskResponder, lang: string, action: DeskAction, introductionId: string): Promise<void> {
    const actor = { platform: "discord" as const, userId: ev.userId };
    const say = (content: string) => r.reply({ content, ephemeral: true });
    switch (action) {
      case "quote":
      case "reopen": {
        // viewLead checks the presser belongs to the lead's seller (and marks the lead seen).
        const view = await viewLead(d.deals, actor, { introductionId });
        const latest = view.quotes.at(-1) ?? null;
        const draft = (action === "reopen" ? await drafts.get(ev.userId, introductionId) : null) ?? (latest ? draftFromQuote(latest) : {});
        await r.showModal(quoteModal(lang, introductionId, draft, { revise: Boolean(latest) }));
        if (view.status !== "viewed" || !latest) await d.cards.setStatus(introductionId, view.status, latest).catch(() => {});
        return;
      }
      case "quote-form": {
        const draft: QuoteDraft = {};
        for (const f of QUOTE_FIELDS) draft[f] = ev.fields[f] ?? "";
        const parsed = parseQuoteForm(draft);
        let problem: { field: string; message: string } | null = parsed.ok ? null : { field: parsed.field, message: problemText(lang, parsed) };
        if (parsed.ok) {
          try {
            const res = await submitQuote(d.deals, actor, { introductionId, quote: parsed.quote, clientKey: ev.interactionId });
            await drafts.clear(ev.userId, introductionId);
            await say(t(lang, res.previous ? "discord-quote-revised" : "discord-quote-sent", { version: res.quote.version }));
            await d.cards.setStatus(introductionId, res.status, res.quote).catch((e: unknown) => d.log.warn({ err: e, introductionId }, "lead card not updated"));
            return;
          } catch (e) {
            const fields = isCoreError(e) && e.code === "invalid_input" ? (e.details.fields as { field: string; message: string; problem?: string }[] | undefined) : undefined;
            if (!fields?.[0]) throw e;
            problem = { field: boxOf(fields[0].field), message: fields.map((f) => problemText(lang, f)).join("; ") };
          }
        }
        // A shape error never reached the core's access check: only the lead's members keep a draft.
        if (!parsed.ok) await viewLead(d.deals, actor, { introductionId });
        await drafts.save(ev.userId, introductionId, draft);
        const shown = problem ?? { field: "price", message: "" };
        return r.reply({
          ephemeral: true,
          content: t(lang, "discord-quote-invalid", { field: t(lang, `discord-quote-${shown.field}`), problem: md(shown.message) }),
          components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: customId("reopen", introductionId), label: t(lang, "discord-button-reopen") }] }],
        });
      }
      case "ask": {
        await viewLead(d.deals, actor, { introductionId });
        return r.showModal({
          custom_id: customId("ask-form", introductionId), title: t(lang, "discord-ask-title").slice(0, 45),
          components: [{ type: 1, components: [{ type: 4, custom_id: "text", style: 2, required: true, max_length: 2000, label: t(lang, "discord-ask-label").slice(0, 45) }] }],
        });
      }
      case "ask-form": {
        await askBuyer(d.deals, actor, { introductionId, text: ev.fields.text ?? "", clientKey: ev.interactionId });
        return say(t(lang, "discord-ask-sent"));
      }
      case "decline": {
        await viewLead(d.deals, actor, { introductionId });
        return r.reply({
          ephemeral: true, content: t(lang, "discord-decline-pick"),
          components: [{
            type: 1,
            components: [{
              type: 3, custom_id: customId("reason", introductionId), placeholder: t(lang, "discord-decline-placeholder").slice(0, 150),
              options: [
                ...DECLINE_REASONS.map((reason) => ({ value: reason, label: t(lang, declineReasonKey(reason)).slice(0, 100) })),
                // Last, apart from the ordinary reasons: closes the lead and flags the buyer for review.
                { value: REPORT_SPAM, label: t(lang, "discord-decline-spam").slice(0, 100), description: t(lang, "discord-decline-spam-hint").slice(0, 100) },
              ],
            }],
          }],
        });
      }
      case "contact":
        return r.showModal(await contactModal(d.deals, d.db, actor, lang, introductionId));
      case "contact-form":
        return say(await submitContact(d.deals, d.db, actor, lang, introductionId, ev.fields.contact ?? ""));
      case "reason": {
        if (ev.values[0] === REPORT_SPAM) {
          const res = await reportSpam(d.deals, actor, { introductionId });
          await say(t(lang, "discord-spam-reported"));
          await d.cards.setStatus(introductionId, res.status, null).catch((e: unknown) => d.log.warn({ err: e, introductionId }, "lead card not updated"));
          return;
        }
        const reason = DECLINE_REASONS.find((x) => x === ev.values[0]);
        if (!reason) return say(t(lang, "discord-error-unknown-action"));
        const res = await declineLead(d.deals, actor, { introductionId, reason: reason as DeclineReason });
        await say(t(lang, "discord-decline-done", { reason: t(lang, declineReasonKey(reason)) }));
        await d.cards.setStatus(introductionId, res.status, null).catch((e: unknown) => d.log.warn({ err: e, introductionId }, "lead card not updated"));
        return;
      }
    }
  }

  return { handle };
}
