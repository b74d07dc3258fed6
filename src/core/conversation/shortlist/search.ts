// [Search suppliers] and [More suppliers]: one shortlist round (core shortlistRound), shown with
// one [Introduce] per seller, [Introduce top 3] and [More suppliers] carrying the round, so a
// button of an older round is refused as out of date.
import { INTRODUCE_TOP, shortlistRound } from "../../matching/shortlistRound.js";
import { suggestionKey } from "../../matching/renderReasons.js";
import type { Turn } from "../deps.js";
import { button, notice, stale, type Keyboard, type Reply } from "../replies.js";
import type { CommandOf } from "../commands.js";
import { revisionOf } from "../request/revision.js";

function shortlistButtons(requestId: string, round: number, rows: { matchId: string; seller: string }[]): Keyboard {
  const kb: Keyboard = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.seller)) continue;
    seen.add(r.seller);
    kb.push([button("tg-btn-introduce", { kind: "introduce", matchId: r.matchId }, { seller: r.seller })]);
  }
  const last = [button("tg-btn-more", { kind: "more", requestId, round })];
  if (seen.size > 1) last.unshift(button("tg-btn-introduce-top", { kind: "introduceTop", requestId, round }, { n: INTRODUCE_TOP }));
  kb.push(last);
  return kb;
}

export async function search(turn: Turn, cmd: CommandOf<"search"> | CommandOf<"more">): Promise<Reply[]> {
  const { deps, buyer } = turn;
  const more = cmd.kind === "more";
  const loaded = await deps.requests.load(cmd.requestId);
  if (!loaded || loaded.buyerId !== buyer.buyerId) return [stale()];
  if (cmd.kind === "search" && cmd.rev && cmd.rev !== revisionOf(loaded.request)) return [stale()];
  const shortlisted = ["matched", "introduced"].includes(loaded.status);
  // [Search] pressed again on a request already shortlisted (a double tap, an older card, the
  // "Good news" message, a redo after a crash): the shortlist is above, so say so and offer new
  // sellers, rather than "out of date".
  if (!more && shortlisted) {
    const round = await deps.matches.latestRound(loaded.id);
    return [notice("tg-already-searched", undefined, { ...(round ? { buttons: [[button("tg-btn-more", { kind: "more", requestId: loaded.id, round })]] } : {}) })];
  }
  // [More] belongs to a request with a shortlist that is still open; [Search] to a complete one.
  if (more ? !shortlisted : loaded.status !== "ready") return [stale()];
  if (cmd.kind === "more" && cmd.round && cmd.round !== (await deps.matches.latestRound(loaded.id))) return [stale()];
  const shortlist = await shortlistRound(deps.match, deps.matches, loaded, { more });
  if (shortlist.round === null) {
    if (more) return [notice("tg-no-more")];
    // A request nothing fits is told so plainly, with the nearest products of its kind ("no seller
    // lists sesame oil; the nearest are …"), never asked to rephrase a product nobody sells.
    const s = shortlist.suggestion;
    // Nothing of this kind (or with this certificate) yet: the buyer may ask to hear when a seller lists it.
    const watchable = s?.code === "no_fit" || s?.code === "relax_certifications";
    return [{
      kind: "notice", msg: { key: "tg-shortlist-empty" }, ...(s ? { detail: suggestionKey(s) } : {}),
      ...(watchable ? { buttons: [[button("tg-btn-watch", { kind: "watch", requestId: loaded.id })]] } : {}),
    }];
  }
  const items = shortlist.items.flatMap((item, n) => (shortlist.matchIds[n] ? [{ matchId: shortlist.matchIds[n], item }] : []));
  const rows = items.map((i) => ({ matchId: i.matchId, seller: i.item.product.seller }));
  return [{ kind: "shortlist", requestId: loaded.id, round: shortlist.round, product: loaded.request.product ?? "", items, buttons: shortlistButtons(loaded.id, shortlist.round, rows) }];
}
