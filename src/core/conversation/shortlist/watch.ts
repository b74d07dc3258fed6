// "Tell me when a seller lists it": a request nothing fitted stays open for WATCH_DAYS. Each time
// the catalog changes (a seed, a seller's upload), checkWatches searches the watched requests
// again; the first time one finds sellers, its buyer gets one message with [Search suppliers]
// (through the outbox, like every message the buyer did not ask for at that moment) and the
// watch ends. The search itself is the buyer's to press, so Match rows are made only then. A watch
// that runs its days without a hit is ended with one message too, so the buyer is not left waiting
// on silence; its buttons search again or watch again.
import type { ConversationDeps, Turn } from "../deps.js";
import { matchRequest } from "../../matching/matchRequest.js";
import { SHORTLIST } from "../../matching/shortlistRound.js";
import { recipient, toBuyerAboutRequest } from "../../deals/payloads.js";
import { notice, stale, type Reply } from "../replies.js";

/** How long a watch lasts: a season's sourcing, after which a stale need should not ping the buyer. */
export const WATCH_DAYS = 60;
const DAY = 86_400_000;
const BATCH = 100;

export async function startWatch(turn: Turn, requestId: string): Promise<Reply[]> {
  const { deps, buyer } = turn;
  const until = new Date(deps.match.clock.now().getTime() + WATCH_DAYS * DAY);
  // Only the buyer's own request, still searchable ("ready"): a searched or cancelled one is out of date.
  if (!(await deps.requests.watch(buyer.buyerId, requestId, until))) return [stale()];
  const loaded = await deps.requests.load(requestId);
  const product = loaded?.request.product;
  return [notice(product ? "tg-watch-on" : "tg-watch-on-unnamed", { days: WATCH_DAYS, ...(product ? { product } : {}) })];
}

export interface WatchReport {
  checked: number;
  notified: string[];
  /** Watches that ran out with no hit; their buyers were told. */
  expired: string[];
  failed: { id: string; error: string }[];
}

type WatchDeps = Pick<ConversationDeps, "match" | "requests" | "deals">;

/** Searches the watched requests the catalog changed under; tells each buyer whose request now finds sellers. */
export async function checkWatches(deps: WatchDeps, now: Date = deps.match.clock.now()): Promise<WatchReport> {
  const report: WatchReport = { checked: 0, notified: [], expired: [], failed: [] };
  await endExpiredWatches(deps, now, report);
  const { requestIds, catalog } = await deps.requests.watchesDue(now, BATCH);
  if (!catalog || !requestIds.length) return report;
  // The catalog just changed (that is why these are due): search it as it is, not a cached snapshot,
  // or a watch would be marked as having seen a product it never searched.
  await deps.match.catalog.refresh?.();
  for (const id of requestIds) {
    try {
      report.checked++;
      const loaded = await deps.requests.load(id);
      const found = loaded ? await matchRequest(deps.match, loaded.request, { ...SHORTLIST, rawText: loaded.rawText }) : null;
      if (!loaded || !found?.items.length) {
        await deps.requests.watchChecked(id, catalog);
        continue;
      }
      const told = await deps.deals.deals.transact(async (tx) => {
        const locked = await tx.lockRequest(id);
        // Ending the watch in the same transaction as the message: the buyer is told once.
        if (!locked || locked.request.status !== "ready" || !(await tx.endWatch(id))) return false;
        await tx.enqueue(toBuyerAboutRequest(locked.buyer, id, "watch_hit", { requestId: id, to: recipient(locked.buyer), product: locked.request.product }, `watch-hit:${id}:${catalog.toISOString()}`));
        return true;
      });
      if (told) report.notified.push(id);
    } catch (e) {
      report.failed.push({ id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return report;
}

/** Ends the watches that ran out; the buyer of a request still searchable hears it once. */
async function endExpiredWatches(deps: WatchDeps, now: Date, report: WatchReport): Promise<void> {
  for (const id of await deps.requests.watchesExpired(now, BATCH)) {
    try {
      const told = await deps.deals.deals.transact(async (tx) => {
        const locked = await tx.lockRequest(id);
        // endWatch false: a hit (or another process) ended it first. A request searched, matched or
        // cancelled since needs no word: the buyer moved on.
        if (!locked || !(await tx.endWatch(id)) || locked.request.status !== "ready") return false;
        await tx.enqueue(toBuyerAboutRequest(locked.buyer, id, "watch_expired", { requestId: id, to: recipient(locked.buyer), product: locked.request.product, days: WATCH_DAYS }, `watch-expired:${id}`));
        return true;
      });
      if (told) report.expired.push(id);
    } catch (e) {
      report.failed.push({ id, error: e instanceof Error ? e.message : String(e) });
    }
  }
}
