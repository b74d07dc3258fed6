// /threads (the buyer's conversations, a [Write] per seller) and /quotes (the latest request's
// quotes side by side).
import { compareQuotes, listBuyerThreads } from "../../deals/index.js";
import type { Turn } from "../deps.js";
import { button, notice, type Reply } from "../replies.js";

export async function threads(turn: Turn): Promise<Reply[]> {
  const items = await listBuyerThreads(turn.deps.deals, turn.buyer.actor, { limit: 10 });
  if (!items.length) return [notice("tg-threads-empty")];
  return [{
    kind: "threads",
    items: items.map((i) => ({ introductionId: i.introductionId, sellerName: i.sellerName, product: i.product, status: i.status })),
    buttons: items.map((i) => [button("tg-btn-write", { kind: "write", introductionId: i.introductionId }, { seller: i.sellerName })]),
  }];
}

export async function quotes(turn: Turn): Promise<Reply[]> {
  const latest = await turn.deps.requests.latestQuoted(turn.buyer.buyerId);
  if (!latest) return [notice("tg-quotes-empty")];
  const comparison = await compareQuotes(turn.deps.deals, turn.buyer.actor, { requestId: latest.id });
  return [{ kind: "quotes", product: latest.product ?? "", comparison }];
}
