// The seller desk of the playground, as Discord's does it: pick a demo seller to play (a
// SellerMember on platform "playground"), list its leads, open one (viewLead marks it seen), quote
// it, write to the buyer or ask a question, decline it. Everything goes through the deals core with
// a seller actor.
import { z } from "zod";
import {
  DECLINE_REASONS, REPORT_SPAM, declineReasonKey, statusKey, declineLead, reportSpam, listSellerLeads, sellerSays, sellerSharesContact, submitQuote, viewLead,
  contactLineSchema, quoteInputSchema, type ContactShareResult, type DealListItem, type DealView,
} from "../../core/deals/index.js";
import { t } from "../../locales/index.js";
import type { PlaygroundRuntime } from "./deps.js";
import { HttpError } from "./httpError.js";
import { actorOf } from "./session.js";

type PlaygroundDeps = PlaygroundRuntime;

export const selectSellerSchema = z.object({ sellerId: z.string().min(1).max(100) });

/** The status in words ("seen", "closed by the buyer") in the page's language, as the other channels show it. */
const labelled = <T extends { status: DealView["status"] }>(x: T, lang: string) => ({ ...x, statusLabel: t(lang, statusKey(x.status)) });

export const sellerLeads = async (deps: PlaygroundDeps, session: string, lang: string): Promise<(DealListItem & { statusLabel: string })[]> =>
  (await listSellerLeads(deps.deals, actorOf(session), { all: true, limit: 50 })).map((x) => labelled(x, lang));

export const openLead = async (deps: PlaygroundDeps, session: string, introductionId: string, lang: string): Promise<DealView & { statusLabel: string }> =>
  labelled(await viewLead(deps.deals, actorOf(session), { introductionId }), lang);

/** The seller's decline reasons with their sentences in the page's language, for the decline form. */
export const declineReasons = (lang: string) => [
  ...DECLINE_REASONS.map((value) => ({ value: value as string, label: t(lang, declineReasonKey(value)) })),
  // As on Discord: last, a spam report (closes the lead, flags the buyer for admin review).
  { value: REPORT_SPAM, label: t(lang, "discord-decline-spam") },
];

export const sellerQuoteSchema = z.object({
  introductionId: z.string().min(1).max(100),
  quote: quoteInputSchema,
  // Made by the page each time the form opens: the same form sent twice (double click, retry)
  // is one quote, the second answered already_done by the deals core.
  formToken: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be the form's token (8–64 letters, digits, - or _)").optional(),
});

export async function sendQuote(deps: PlaygroundDeps, session: string, input: z.infer<typeof sellerQuoteSchema>) {
  return submitQuote(deps.deals, actorOf(session), { introductionId: input.introductionId, quote: input.quote, clientKey: input.formToken });
}

const introductionId = z.string().min(1).max(100);

/** A plain message (Discord's thread relay) or a question (its [Ask a question] button). */
export const sellerMessageSchema = z.object({
  introductionId, text: z.string().trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters"),
  kind: z.enum(["text", "question"]).default("question"),
});

export const sendSellerMessage = (deps: PlaygroundDeps, session: string, input: z.infer<typeof sellerMessageSchema>) =>
  sellerSays(deps.deals, actorOf(session), input);

export const sellerDeclineSchema = z.object({
  introductionId, reason: z.enum([...DECLINE_REASONS, REPORT_SPAM]), note: z.string().trim().max(500, "must be at most 500 characters").optional(),
});

export const sellerContactSchema = z.object({ introductionId, contact: z.string().max(2000) });

/**
 * The desk's [Share my contact], with the line the seller typed: the demo sellers have no contact
 * on file, so the person playing one types it once (saved as the seller's contact and offered
 * again). Saving reveals nothing: the core shows it to the buyer only once both agreed.
 */
export async function sellerShareContact(deps: PlaygroundDeps, session: string, input: z.infer<typeof sellerContactSchema>, lang: string): Promise<ContactShareResult> {
  const r = contactLineSchema.safeParse(input.contact);
  const problem = r.error?.issues[0]?.message ?? "is not valid";
  // A 400 keeps the form open with the text, so it can be corrected.
  if (!r.success) throw new HttpError(400, t(lang, "pg-desk-error-contact", { problem }), [{ field: "contact", message: problem }]);
  const seller = await deps.store.playedSeller(session);
  if (!seller) throw new HttpError(409, t(lang, "pg-desk-error-no-seller"));
  // The lead must be this seller's before its contact changes (the core then checks membership too).
  if (!(await deps.store.isSellersLead(seller.id, input.introductionId))) throw new HttpError(404, t(lang, "pg-desk-error-not-yours"));
  await deps.store.saveSellerContact(seller.id, r.data);
  return sellerSharesContact(deps.deals, actorOf(session), { introductionId: input.introductionId });
}

/** The played seller's saved contact line, to prefill the desk's form. */
export async function sellerContact(deps: PlaygroundDeps, session: string): Promise<string | null> {
  const seller = await deps.store.playedSeller(session);
  return seller ? deps.store.sellerContact(seller.id) : null;
}

/** Declines the lead; the core offers the buyer the next seller on the shortlist. */
export const declineSellerLead = (deps: PlaygroundDeps, session: string, input: z.infer<typeof sellerDeclineSchema>) =>
  input.reason === REPORT_SPAM
    ? reportSpam(deps.deals, actorOf(session), { introductionId: input.introductionId, ...(input.note ? { note: input.note } : {}) })
    : declineLead(deps.deals, actorOf(session), { introductionId: input.introductionId, reason: input.reason, note: input.note || null });
