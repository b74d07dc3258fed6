// [Share my contact]: the buyer agrees to exchange contacts; the core sends each side the other's
// once both agreed. With a contact line (typed in the playground, where a buyer has no username),
// the line is checked and saved as the buyer's contact first; saving it reveals nothing.
import { buyerSharesContact, contactLineSchema, getBuyerThread } from "../../deals/index.js";
import type { Turn } from "../deps.js";
import { notice, type Reply } from "../replies.js";

export async function shareContact(turn: Turn, introductionId: string, contact?: string): Promise<Reply[]> {
  const { deps, buyer } = turn;
  if (contact === undefined) {
    await buyerSharesContact(deps.deals, buyer.actor, { introductionId });
    return [notice("tg-contact-shared")];
  }
  const line = contactLineSchema.safeParse(contact);
  if (!line.success) return [notice("tg-profile-bad-contact", undefined, { level: "error" })];
  // The thread first (the core checks it is this buyer's), so a refused share saves nothing.
  const thread = await getBuyerThread(deps.deals, buyer.actor, { introductionId });
  const seller = thread.seller.name;
  if (thread.contactsShared) return [notice("conv-contact-already", { seller })];
  await deps.buyers.saveProfile(buyer.buyerId, { contact: line.data });
  // Agreed before and still waiting: the new line is the one the seller will get.
  if (thread.buyerSharesContact) return [notice("conv-contact-updated", { seller })];
  const r = await buyerSharesContact(deps.deals, buyer.actor, { introductionId });
  return [notice(r.exchanged ? "conv-contacts-exchanged" : "conv-contact-pending", { seller })];
}
