// The seller desk of the playground, as Discord's does it: pick a demo seller to play (a
// SellerMember on platform "playground"), list its leads, open one (viewLead marks it seen), quote
// it, write to the buyer. Everything goes through the deals core with a seller actor.
import { z } from "zod";
import { askBuyer, listSellerLeads, submitQuote, viewLead, quoteInputSchema, type DealListItem, type DealView } from "../../core/deals/index.js";
import type { PlaygroundDeps } from "./buyer.js";
import { actorOf, playSeller } from "./session.js";

export interface DemoSeller {
  id: string;
  name: string;
  country: string | null;
  products: number;
}

/** Sellers that have products, most products first (the demo catalog's companies). */
export async function listDemoSellers(deps: PlaygroundDeps): Promise<DemoSeller[]> {
  const rows = await deps.core.db.prisma.seller.findMany({
    select: { id: true, name: true, country: true, _count: { select: { products: true } } },
    orderBy: { name: "asc" },
  });
  return rows.filter((r) => r._count.products > 0).map((r) => ({ id: r.id, name: r.name, country: r.country, products: r._count.products }));
}

export const selectSellerSchema = z.object({ sellerId: z.string().min(1).max(100) });

export async function selectSeller(deps: PlaygroundDeps, session: string, sellerId: string) {
  return playSeller(deps.core.db, session, sellerId);
}

export const sellerLeads = (deps: PlaygroundDeps, session: string): Promise<DealListItem[]> =>
  listSellerLeads(deps.deals, actorOf(session), { all: true, limit: 50 });

export const openLead = (deps: PlaygroundDeps, session: string, introductionId: string): Promise<DealView> =>
  viewLead(deps.deals, actorOf(session), { introductionId });

export const sellerQuoteSchema = z.object({ introductionId: z.string().min(1).max(100), quote: quoteInputSchema });

export async function sendQuote(deps: PlaygroundDeps, session: string, input: z.infer<typeof sellerQuoteSchema>) {
  return submitQuote(deps.deals, actorOf(session), { introductionId: input.introductionId, quote: input.quote });
}

export const sellerMessageSchema = z.object({ introductionId: z.string().min(1).max(100), text: z.string().trim().min(1, "must not be empty").max(2000) });

export const sendSellerMessage = (deps: PlaygroundDeps, session: string, input: z.infer<typeof sellerMessageSchema>) =>
  askBuyer(deps.deals, actorOf(session), input);
