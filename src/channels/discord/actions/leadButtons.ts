// The lead card's buttons: [Send quote] / [Revise quote] and [Fix the quote] open the quote form,
// [Ask a question] and [Share my contact] their forms, [Decline] the reasons menu. Every one first
// asks the core whether the presser belongs to the lead's seller (viewLead), which also marks the
// lead seen. Forms must be Discord's first answer, so these do only that check before showing them.
import { DECLINE_REASONS, REPORT_SPAM, declineReasonKey, viewLead } from "../../../core/deals/index.js";
import { t } from "../../../locales/index.js";
import { customId, parseCustomId } from "../customIds.js";
import { draftFromQuote, quoteModal } from "../quoteModal.js";
import { contactModal } from "../contactShare.js";
import { LIMITS, fit } from "../limits.js";
import type { DeskEvent } from "../seam.js";
import { action, type ActionContext, type ActionEntry } from "./context.js";

/** The lead a component's custom id names. */
export const leadOf = (ev: DeskEvent): { introductionId: string } | null => {
  const p = parseCustomId(ev.name);
  return p ? { introductionId: p.introductionId } : null;
};

async function openQuoteForm(c: ActionContext, introductionId: string, fromDraft: boolean): Promise<void> {
  const view = await viewLead(c.deps.deals, c.actor, { introductionId });
  const latest = view.quotes.at(-1) ?? null;
  const draft = (fromDraft ? await c.deps.drafts.get(c.ev.userId, introductionId) : null) ?? (latest ? draftFromQuote(latest) : {});
  await c.r.showModal(quoteModal(c.lang, introductionId, draft, { revise: Boolean(latest) }));
  if (view.status !== "viewed" || !latest) await c.deps.cards.setStatus(introductionId, view.status, latest).catch(() => {});
}

export const LEAD_BUTTONS = {
  quote: action({ response: "modal", parse: leadOf, run: (c, { introductionId }) => openQuoteForm(c, introductionId, false) }),
  reopen: action({ response: "modal", parse: leadOf, run: (c, { introductionId }) => openQuoteForm(c, introductionId, true) }),
  ask: action({
    response: "modal",
    parse: leadOf,
    async run(c, { introductionId }) {
      await viewLead(c.deps.deals, c.actor, { introductionId });
      await c.r.showModal({
        custom_id: customId("ask-form", introductionId), title: fit(t(c.lang, "discord-ask-title"), LIMITS.modalTitle),
        components: [{ type: 1, components: [{ type: 4, custom_id: "text", style: 2, required: true, max_length: 2000, label: fit(t(c.lang, "discord-ask-label"), LIMITS.inputLabel) }] }],
      });
    },
  }),
  contact: action({
    response: "modal",
    parse: leadOf,
    run: async (c, { introductionId }) => c.r.showModal(await contactModal(c.deps.deals, c.deps.stores.desk, c.actor, c.lang, introductionId)),
  }),
  decline: action({
    response: "deferred",
    parse: leadOf,
    async run(c, { introductionId }) {
      await viewLead(c.deps.deals, c.actor, { introductionId });
      const option = (value: string, key: string, hint?: string) => ({
        value, label: fit(t(c.lang, key), LIMITS.optionLabel), ...(hint ? { description: fit(t(c.lang, hint), LIMITS.optionDescription) } : {}),
      });
      await c.r.reply({
        ephemeral: true, content: t(c.lang, "discord-decline-pick"),
        components: [{
          type: 1,
          components: [{
            type: 3, custom_id: customId("reason", introductionId), placeholder: fit(t(c.lang, "discord-decline-placeholder"), LIMITS.selectPlaceholder),
            options: [
              ...DECLINE_REASONS.map((reason) => option(reason, declineReasonKey(reason))),
              // Last, apart from the ordinary reasons: closes the lead and flags the buyer for review.
              option(REPORT_SPAM, "discord-decline-spam", "discord-decline-spam-hint"),
            ].slice(0, LIMITS.selectOptions),
          }],
        }],
      });
    },
  }),
} as const satisfies Record<string, ActionEntry>;
