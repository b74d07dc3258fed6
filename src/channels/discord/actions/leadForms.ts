// What a seller submits on a lead: the quote form, a question, a contact line, a decline reason.
// All deferred first: each writes through the core and may edit the card.
import {
  DECLINE_REASONS, REPORT_SPAM, askBuyer, declineLead, declineReasonKey, reportSpam, submitQuote, viewLead,
} from "../../../core/deals/index.js";
import { isCoreError } from "../../../core/errors.js";
import { INCOTERMS, UNITS } from "../../../core/model.js";
import { t } from "../../../locales/index.js";
import { customId } from "../customIds.js";
import { QUOTE_FIELDS, boxOf, parseQuoteForm, type QuoteDraft } from "../quoteModal.js";
import { submitContact } from "../contactShare.js";
import { md } from "../markdown.js";
import { fit } from "../limits.js";
import { action, type ActionContext, type ActionEntry } from "./context.js";
import { leadOf } from "./leadButtons.js";

/** A quote problem in the seller's language; the core's English wording when the locale has none. */
function problemText(lang: string, p: { message: string; problem?: string }): string {
  const key = `quote-problem-${p.problem ?? "invalid"}`;
  const text = t(lang, key, { units: UNITS.join(", "), incoterms: INCOTERMS.join(", ") });
  return p.problem && p.problem !== "invalid" && text !== key ? text : p.message;
}

const cardUpdate = (c: ActionContext, introductionId: string) => (e: unknown) => c.deps.log.warn({ err: e, introductionId }, "lead card not updated");

async function sendQuote(c: ActionContext, introductionId: string, draft: QuoteDraft): Promise<void> {
  const parsed = parseQuoteForm(draft);
  let problem: { field: string; message: string } | null = parsed.ok ? null : { field: parsed.field, message: problemText(c.lang, parsed) };
  if (parsed.ok) {
    try {
      const res = await submitQuote(c.deps.deals, c.actor, { introductionId, quote: parsed.quote, clientKey: c.ev.interactionId });
      await c.deps.drafts.clear(c.ev.userId, introductionId);
      await c.say(t(c.lang, res.previous ? "discord-quote-revised" : "discord-quote-sent", { version: res.quote.version }));
      await c.deps.cards.setStatus(introductionId, res.status, res.quote).catch(cardUpdate(c, introductionId));
      return;
    } catch (e) {
      const fields = isCoreError(e) && e.code === "invalid_input" ? (e.details.fields as { field: string; message: string; problem?: string }[] | undefined) : undefined;
      if (!fields?.[0]) throw e;
      problem = { field: boxOf(fields[0].field), message: fields.map((f) => problemText(c.lang, f)).join("; ") };
    }
  }
  // A shape error never reached the core's access check: only the lead's members keep a draft.
  if (!parsed.ok) await viewLead(c.deps.deals, c.actor, { introductionId });
  await c.deps.drafts.save(c.ev.userId, introductionId, draft);
  const shown = problem ?? { field: "price", message: "" };
  await c.r.reply({
    ephemeral: true,
    // The problem may quote what the seller typed: kept well inside one message.
    content: t(c.lang, "discord-quote-invalid", { field: t(c.lang, `discord-quote-${shown.field}`), problem: md(fit(shown.message, 1500)) }),
    components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: customId("reopen", introductionId), label: t(c.lang, "discord-button-reopen") }] }],
  });
}

const quoteDraftOf = (ev: { fields: Record<string, string> }): QuoteDraft => Object.fromEntries(QUOTE_FIELDS.map((f) => [f, ev.fields[f] ?? ""]));

export const LEAD_FORMS = {
  "quote-form": action({
    response: "deferred",
    parse: (ev) => { const l = leadOf(ev); return l && { ...l, draft: quoteDraftOf(ev) }; },
    run: (c, { introductionId, draft }) => sendQuote(c, introductionId, draft),
  }),
  "ask-form": action({
    response: "deferred",
    parse: (ev) => { const l = leadOf(ev); return l && { ...l, text: ev.fields.text ?? "" }; },
    async run(c, { introductionId, text }) {
      await askBuyer(c.deps.deals, c.actor, { introductionId, text, clientKey: c.ev.interactionId });
      await c.say(t(c.lang, "discord-ask-sent"));
    },
  }),
  "contact-form": action({
    response: "deferred",
    parse: (ev) => { const l = leadOf(ev); return l && { ...l, line: ev.fields.contact ?? "" }; },
    run: async (c, { introductionId, line }) => c.say(await submitContact(c.deps.deals, c.deps.stores.desk, c.actor, c.lang, introductionId, line)),
  }),
  reason: action({
    response: "deferred",
    // The menu's value: one of the core's reasons, or the spam report.
    parse: (ev) => {
      const l = leadOf(ev);
      const v = ev.values[0];
      const choice = v === REPORT_SPAM ? ({ spam: true } as const) : DECLINE_REASONS.find((x) => x === v);
      return l && choice ? { ...l, choice } : null;
    },
    async run(c, { introductionId, choice }) {
      if (typeof choice === "object") {
        const res = await reportSpam(c.deps.deals, c.actor, { introductionId });
        await c.say(t(c.lang, "discord-spam-reported"));
        await c.deps.cards.setStatus(introductionId, res.status, null).catch(cardUpdate(c, introductionId));
        return;
      }
      const res = await declineLead(c.deps.deals, c.actor, { introductionId, reason: choice });
      await c.say(t(c.lang, "discord-decline-done", { reason: t(c.lang, declineReasonKey(choice)) }));
      await c.deps.cards.setStatus(introductionId, res.status, null).catch(cardUpdate(c, introductionId));
    },
  }),
} as const satisfies Record<string, ActionEntry>;
