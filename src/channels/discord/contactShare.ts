// [Share my contact] on a lead: the seller types (or confirms) the line the buyer will receive,
// saved as the seller's contact; the core sends it only once the buyer has agreed too, and then
// posts the buyer's contact in the thread. A member of another seller gets the core's refusal.
import type { APIModalInteractionResponseCallbackData } from "discord.js";
import { contactLineSchema, sellerSharesContact, viewLead, type DealDeps } from "../../core/deals/index.js";
import { isCoreError } from "../../core/errors.js";
import type { Database } from "../../adapters/db/database.js";
import { t } from "../../locales/index.js";
import { customId } from "./customIds.js";

type Actor = { platform: "discord"; userId: string };

/** The form, prefilled with the contact on file (shared by the seller's members). */
export async function contactModal(deals: DealDeps, db: Database, actor: Actor, lang: string, introductionId: string): Promise<APIModalInteractionResponseCallbackData> {
  await viewLead(deals, actor, { introductionId });
  const lead = await db.prisma.introduction.findUniqueOrThrow({ where: { id: introductionId }, select: { seller: { select: { contact: true } } } });
  const saved = lead.seller.contact?.slice(0, 200);
  return {
    custom_id: customId("contact-form", introductionId), title: t(lang, "discord-contact-title").slice(0, 45),
    components: [{
      type: 1,
      components: [{
        type: 4, custom_id: "contact", style: 1, required: true, min_length: 5, max_length: 200,
        label: t(lang, "discord-contact-label").slice(0, 45), placeholder: t(lang, "discord-contact-hint").slice(0, 100), ...(saved ? { value: saved } : {}),
      }],
    }],
  };
}

/** Saves the line and agrees to share; returns what to tell the seller (ephemeral). */
export async function submitContact(deals: DealDeps, db: Database, actor: Actor, lang: string, introductionId: string, typed: string): Promise<string> {
  const line = contactLineSchema.safeParse(typed);
  // One sentence covers every rule (length, reachable), in the seller's language.
  if (!line.success) return t(lang, "discord-contact-invalid");
  // Access first: only the lead's own members may change what its seller shares.
  await viewLead(deals, actor, { introductionId });
  const lead = await db.prisma.introduction.findUniqueOrThrow({ where: { id: introductionId }, select: { sellerId: true, contactsSharedAt: true } });
  if (lead.contactsSharedAt) return t(lang, "discord-contact-already-exchanged");
  await db.prisma.seller.update({ where: { id: lead.sellerId }, data: { contact: line.data } });
  try {
    const r = await sellerSharesContact(deals, actor, { introductionId });
    return t(lang, r.exchanged ? "discord-contact-exchanged" : "discord-contact-offered");
  } catch (e) {
    // Agreed before and still waiting for the buyer: the new line is the one they will get.
    if (isCoreError(e) && e.code === "already_done") return t(lang, "discord-contact-updated");
    throw e;
  }
}
