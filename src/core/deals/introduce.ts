// The buyer picks sellers from a shortlist: one Introduction per seller, each with its lead in
// the outbox, in one transaction. A seller already introduced for the request is reported, not
// introduced twice; when nothing new is left the whole call is already_done.
import { CoreError } from "../errors.js";
import type { IntroductionStatus } from "./types.js";
import type { Actor } from "./types.js";
import type { MatchRecord } from "../../ports/dealStore.js";
import type { DealDeps } from "./deps.js";
import { sellerPlatformOf } from "./deps.js";
import { buyerRequest } from "./access.js";
import { assertIntroductionQuota, assertNotUnderReview } from "./antiSpam.js";
import { requestFacts, toSeller } from "./payloads.js";

export interface IntroduceInput {
  requestId: string;
  /** Shortlist rows the buyer picked (Match ids) … */
  matchIds?: string[];
  /** … or sellers, each introduced through their best entry on the latest shortlist. */
  sellerIds?: string[];
}

export interface IntroductionSummary {
  introductionId: string;
  sellerId: string;
  sellerName: string;
  matchId: string | null;
  status: IntroductionStatus;
}

export interface IntroduceResult {
  requestId: string;
  created: IntroductionSummary[];
  /** Sellers that already had an introduction for this request: nothing new was sent to them. */
  alreadyIntroduced: IntroductionSummary[];
}

function pick(matches: MatchRecord[], input: IntroduceInput): MatchRecord[] {
  const chosen: MatchRecord[] = [];
  const unknown: string[] = [];
  for (const id of input.matchIds ?? []) {
    const m = matches.find((x) => x.id === id);
    if (m) chosen.push(m);
    else unknown.push(id);
  }
  for (const sellerId of input.sellerIds ?? []) {
    const m = matches.find((x) => x.sellerId === sellerId);
    if (m) chosen.push(m);
    else unknown.push(sellerId);
  }
  if (unknown.length) throw new CoreError("invalid_input", "not on this request's shortlist", { field: "matchIds", unknown });
  if (!chosen.length) throw new CoreError("invalid_input", "no seller chosen", { field: "matchIds" });
  // One introduction per seller, whatever was clicked.
  const seen = new Set<string>();
  return chosen.filter((m) => !seen.has(m.sellerId) && seen.add(m.sellerId));
}

export async function introduce(deps: DealDeps, actor: Actor, input: IntroduceInput): Promise<IntroduceResult> {
  const now = deps.clock.now();
  return deps.deals.transact(async (tx) => {
    const { request, buyer } = await buyerRequest(tx, actor, input.requestId);
    assertNotUnderReview(buyer);
    if (request.status !== "matched" && request.status !== "introduced")
      throw new CoreError("illegal_transition", `cannot introduce: request is ${request.status}`, { requestStatus: request.status, reason: "request_closed", action: "introduce" });

    const chosen = pick(await tx.listMatches(request.id), input);
    const existing = await tx.listIntroductions({ requestId: request.id });
    const bySeller = new Map(existing.map((c) => [c.intro.sellerId, c]));
    const already: IntroductionSummary[] = [];
    const fresh: MatchRecord[] = [];
    for (const m of chosen) {
      const c = bySeller.get(m.sellerId);
      if (c) already.push({ introductionId: c.intro.id, sellerId: c.seller.id, sellerName: c.seller.name, matchId: c.intro.matchId, status: c.intro.status });
      else fresh.push(m);
    }
    if (!fresh.length)
      throw new CoreError("already_done", "every chosen seller is already introduced", { introductionIds: already.map((a) => a.introductionId) });
    await assertIntroductionQuota(deps, tx, buyer.id, fresh.length, now);

    const created: IntroductionSummary[] = [];
    for (const m of fresh) {
      const intro = await tx.createIntroduction({ requestId: request.id, sellerId: m.sellerId, matchId: m.id, createdAt: now });
      await tx.addMessage({ introductionId: intro.id, authorSide: "system", kind: "introduction", text: `Lead sent to ${m.sellerName}`, createdAt: now });
      const reasons = Array.isArray(m.reasons) ? (m.reasons as unknown[]) : [];
      await tx.enqueue([
        toSeller(sellerPlatformOf(deps), intro.id, "lead", {
          introductionId: intro.id,
          sellerId: m.sellerId,
          seller: { id: m.sellerId, name: m.sellerName, country: m.sellerCountry },
          request: requestFacts(request),
          buyer: { country: buyer.country, companyType: buyer.companyType },
          match: { matchId: m.id, sku: m.sku, title: m.title, round: m.round, rank: m.rank, reasons },
        }, `lead:${intro.id}`),
      ]);
      created.push({ introductionId: intro.id, sellerId: m.sellerId, sellerName: m.sellerName, matchId: m.id, status: intro.status });
    }
    if (request.status === "matched") await tx.updateRequest(request.id, { status: "introduced" });
    return { requestId: request.id, created, alreadyIntroduced: already };
  });
}
