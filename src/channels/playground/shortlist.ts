// The buyer's shortlist, as Telegram's bot does it: [Search suppliers] stores a round of Match
// rows; [Introduce <seller>] introduces one, [Introduce top 3] the three best sellers of that
// round, [More suppliers] runs the next round without the sellers already shown for the request.
// Every introduction goes through the deals core, which checks the request is this buyer's.
import { t } from "../../locales/index.js";
import { introduce } from "../../core/deals/introduce.js";
import { INTRODUCE_TOP, shortlistRound } from "../../core/matching/shortlistRound.js";
import { renderSuggestion } from "../../core/matching/renderReasons.js";
import { createMatchStore } from "../../adapters/db/matchStore.js";
import { loadRequest } from "../../adapters/db/requestStore.js";
import { botText, shortlistCard, type Bubble } from "./bubbles.js";
import type { PlaygroundDeps } from "./buyer.js";
import { actorOf, ensureBuyer } from "./session.js";

/** [Search suppliers], or with `more` the next round: sellers of earlier rounds are left out. */
export async function search(deps: PlaygroundDeps, session: string, requestId: string, more = false): Promise<Bubble[]> {
  const buyer = await ensureBuyer(deps.core.db, session);
  const lang = buyer.language;
  const loaded = await loadRequest(deps.core.db, requestId);
  if (!loaded || loaded.buyerId !== buyer.id) return [botText(t(lang, "deal-error-not_found"))];
  // As on Telegram: [More] belongs to a request that has a shortlist and is still open.
  if (more && !["matched", "introduced"].includes(loaded.status)) return [botText("This request is closed; send a new one to search again.")];
  const shortlist = await shortlistRound(deps.core, createMatchStore(deps.core.db), loaded, { more });
  if (shortlist.round === null) {
    if (more) return [botText(t(lang, "tg-no-more"))];
    const hint = shortlist.suggestion ? ` ${renderSuggestion(t, lang, shortlist.suggestion)}` : "";
    return [botText(`No supplier in the catalog fits this request yet.${hint}`)];
  }
  const { round, matchIds } = shortlist;
  const rows = shortlist.items.flatMap((item, n) => (matchIds[n] ? [{ matchId: matchIds[n], item }] : []));
  return [shortlistCard(lang, { requestId: loaded.id, round }, rows)];
}

async function introduceMatches(deps: PlaygroundDeps, session: string, requestId: string, matchIds: string[]): Promise<Bubble[]> {
  const r = await introduce(deps.deals, actorOf(session), { requestId, matchIds });
  const created = r.created.map((c) => c.sellerName).join(", ");
  const already = r.alreadyIntroduced.map((c) => c.sellerName).join(", ");
  const lines = [
    ...(created ? [`Introduced you to ${created}. Their answer will appear here.`] : []),
    ...(already ? [`You are already in touch with ${already}.`] : []),
  ];
  return [botText(lines.join(" "))];
}

/** [Introduce <seller>]: one row of a shortlist. */
export async function introduceOne(deps: PlaygroundDeps, session: string, matchId: string): Promise<Bubble[]> {
  const m = await deps.core.db.prisma.match.findUnique({ where: { id: matchId }, select: { requestId: true } });
  if (!m) return [botText(t((await ensureBuyer(deps.core.db, session)).language, "deal-error-not_found"))];
  return introduceMatches(deps, session, m.requestId, [matchId]);
}

/** [Introduce top 3]: each seller's best row of that round, best sellers first. */
export async function introduceTop(deps: PlaygroundDeps, session: string, requestId: string, round: number): Promise<Bubble[]> {
  const top = await createMatchStore(deps.core.db).topSellerMatches(requestId, round, INTRODUCE_TOP);
  if (!top.length) return [botText(t((await ensureBuyer(deps.core.db, session)).language, "deal-error-not_found"))];
  return introduceMatches(deps, session, requestId, top);
}
