// Contact exchange in the playground, through the deals core (buyerSharesContact /
// sellerSharesContact): each side says it will share; when both have, the core sends each side the
// other's contact through the outbox, and the pages get it over SSE.
//
// Where the contact comes from: a Telegram buyer has a username, but a playground buyer is only a
// session id, and the demo sellers of the catalog have no contact on file. Inventing one ("demo
// contact") would hand the other side something nobody gave. So the person who presses
// [Share my contact] types the line to share, once: it is checked here, saved as their contact
// (Buyer.contact for the session's buyer, Seller.contact for the seller the desk plays) and offered
// again next time. Saving it reveals nothing: the core shows it to the other side only once both
// sides agreed, and it is the line saved at that moment that goes out.
import { z } from "zod";
import { buyerSharesContact, contactLineSchema, getBuyerThread, sellerSharesContact, type ContactShareResult } from "../../core/deals/index.js";
import { botText, type Bubble } from "./bubbles.js";
import type { PlaygroundDeps } from "./buyer.js";
import { HttpError } from "./httpError.js";
import { actorOf, ensureBuyer, playedSeller } from "./session.js";

function contactLine(text: string): string {
  const r = contactLineSchema.safeParse(text);
  // A 400 keeps the page in contact mode with the text, so it can be corrected.
  if (!r.success) throw new HttpError(400, `Your contact ${r.error.issues[0]?.message ?? "is not valid"}, e.g. “Jane Doe, jane@example.com, +31 6 1234 5678”.`, [{ field: "contact", message: r.error.issues[0]?.message ?? "is not valid" }]);
  return r.data;
}

/** The buyer's saved contact line, offered again when they share with another seller. */
export async function buyerContact(deps: PlaygroundDeps, session: string): Promise<string | null> {
  await ensureBuyer(deps.core.db, session);
  const b = await deps.core.db.prisma.buyer.findUnique({ where: { platform_externalId: { platform: "playground", externalId: session } }, select: { contact: true } });
  return b?.contact ?? null;
}

/** [Share my contact] in the buyer chat, with the line the buyer typed. */
export async function buyerShareContact(deps: PlaygroundDeps, session: string, introductionId: string, text: string): Promise<Bubble[]> {
  const line = contactLine(text);
  // The thread first (the core checks it is this buyer's), so a refused share saves nothing.
  const thread = await getBuyerThread(deps.deals, actorOf(session), { introductionId });
  const seller = thread.seller.name;
  if (thread.contactsShared) return [botText(`You already exchanged contacts with ${seller}.`)];
  const buyer = await ensureBuyer(deps.core.db, session);
  await deps.core.db.prisma.buyer.update({ where: { id: buyer.id }, data: { contact: line } });
  // Agreed before and still waiting: the new line is the one the seller will get.
  if (thread.buyerSharesContact) return [botText(`Updated: ${seller} will receive this contact once they agree too.`)];
  const r = await buyerSharesContact(deps.deals, actorOf(session), { introductionId });
  return [botText(r.exchanged
    ? `Contacts exchanged: ${seller} receives yours, and theirs appears here.`
    : `Done: your contact will be shared with ${seller} once they agree too. Until then they do not see it.`)];
}

export const sellerContactSchema = z.object({ introductionId: z.string().min(1).max(100), contact: z.string().max(2000) });

/** The desk's [Share my contact], with the line the seller typed (saved as the played seller's contact). */
export async function sellerShareContact(deps: PlaygroundDeps, session: string, input: z.infer<typeof sellerContactSchema>): Promise<ContactShareResult> {
  const line = contactLine(input.contact);
  const seller = await playedSeller(deps.core.db, session);
  if (!seller) throw new HttpError(409, "Pick the seller you play first.");
  // The lead must be this seller's before its contact changes (the core then checks membership too).
  const lead = await deps.core.db.prisma.introduction.findFirst({ where: { id: input.introductionId, sellerId: seller.id }, select: { id: true } });
  if (!lead) throw new HttpError(404, "That lead is not one of this seller's.");
  await deps.core.db.prisma.seller.update({ where: { id: seller.id }, data: { contact: line } });
  return sellerSharesContact(deps.deals, actorOf(session), { introductionId: input.introductionId });
}

/** The played seller's saved contact line, to prefill the desk's form. */
export async function sellerContact(deps: PlaygroundDeps, session: string): Promise<string | null> {
  const seller = await playedSeller(deps.core.db, session);
  if (!seller) return null;
  return (await deps.core.db.prisma.seller.findUnique({ where: { id: seller.id }, select: { contact: true } }))?.contact ?? null;
}
