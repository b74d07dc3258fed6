// [Introduce <seller>] and [Introduce top 3]: through the deals core, which checks the request is
// this buyer's, the daily quota, and that a seller is introduced once.
import { introduce } from "../../deals/introduce.js";
import { INTRODUCE_TOP } from "../../matching/shortlistRound.js";
import type { Turn } from "../deps.js";
import { notice, stale, type Reply } from "../replies.js";

async function introduceMatches(turn: Turn, requestId: string, matchIds: string[]): Promise<Reply[]> {
  const r = await introduce(turn.deps.deals, turn.buyer.actor, { requestId, matchIds });
  const names = (list: { sellerName: string }[]) => list.map((c) => c.sellerName).join(", ");
  const out: Reply[] = [];
  if (r.created.length) out.push(notice("tg-introduced", { sellers: names(r.created) }));
  if (r.alreadyIntroduced.length) out.push(notice("conv-already-introduced", { sellers: names(r.alreadyIntroduced) }, { brief: !r.created.length }));
  return out;
}

export async function introduceOne(turn: Turn, matchId: string): Promise<Reply[]> {
  const requestId = await turn.deps.matches.requestOfMatch(matchId);
  if (!requestId) return [stale()];
  return introduceMatches(turn, requestId, [matchId]);
}

export async function introduceTop(turn: Turn, requestId: string, round: number): Promise<Reply[]> {
  const top = await turn.deps.matches.topSellerMatches(requestId, round, INTRODUCE_TOP);
  if (!top.length) return [stale()];
  return introduceMatches(turn, requestId, top);
}
