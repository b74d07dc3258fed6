// [Share my contact] on a lead: the seller types (or confirms) the line the buyer will receive,
// saved as the seller's contact; the core sends it only once the buyer has agreed too, and then
// posts the buyer's contact in the thread. A member of another seller gets the core's refusal.
import type { APIModalInteractionResponseCallbackData } from "discord-api-types/v10";
import { contactLineSchema, sellerSharesContact, viewLead, type DealDeps } from "../../core/deals/index.js";
import { isCoreError } from "../../core/errors.js";
import { cutText } from "../../core/textCut.js";
import type { SellerDeskStore } from "../../ports/sellerDesk.js";
import { t } from "../../locales/index.js";
import { customId } from "./customIds.js";
import { LIMITS, fit } from "./limits.js";

type Actor = { platform: "discord"; userId: string };
const MAX_LINE = 200;

/** The form, prefilled with the contact on file (shared by the seller's members). */
export async function contactModal(deals: DealDeps, store: SellerDeskStore, actor: Actor, lang: string, introductionId: string): Promise<APIModalInteractionResponseCallbackData> {
  await viewLead(deals, actor, { introductionId });
  const saved = cutText((await store.sellerContact(introductionId)) ?? "", MAX_LINE);
  return {
    custom_id: customId("contact-form", introductionId), title: fit(t(lang, "discord-contact-title"), LIMITS.modalTitle),
    components: [{
      type: 1,
      components: [{
        type: 4, custom_id: "contact", style: 1, required: true, min_length: 5, max_length: MAX_LINE,
        label: fit(t(lang, "discord-contact-label"), LIMITS.inputLabel), placeholder: fit(t(lang, "discord-contact-hint"), LIMITS.inputPlaceholder),
        ...(saved ? { value: saved } : {}),
      }],
    }],
  };
}

/** Saves the line and agrees to share; returns what to tell the seller (ephemeral). */
export async function submitContact(deals: DealDeps, store: SellerDeskStore, actor: Actor, lang: string, introductionId: string, typed: string): Promise<string> {
  const line = contactLineSchema.safeParse(typed);
  // One sentence covers every rule (length, reachable), in the seller's language.
  if (!line.success) return t(lang, "discord-contact-invalid");
  // Access first: only the lead's own members may change what its seller shares.
  await viewLead(deals, actor, { introductionId });
  if (!(await store.saveSellerContact(introductionId, line.data))) return t(lang, "discord-contact-already-exchanged");
  try {
    const r = await sellerSharesContact(deals, actor, { introductionId });
    return t(lang, r.exchanged ? "discord-contact-exchanged" : "discord-contact-offered");
  } catch (e) {
    // Agreed before and still waiting for the buyer: the new line is the one they will get.
    if (isCoreError(e) && e.code === "already_done") return t(lang, "discord-contact-updated");
    throw e;
  }
}
