// The buyer's requests: [Edit] and [Cancel] on a card, /requests with a [Cancel] per open request.
import { setState, type Turn } from "../deps.js";
import { IDLE } from "../state.js";
import { button, notice, stale, type Reply } from "../replies.js";
import { CANCELLABLE_STATUSES } from "../../../ports/requestStore.js";
import { cutText } from "../../textCut.js";
import type { CommandOf } from "../commands.js";
import { revisionOf } from "./revision.js";

export async function startEdit(turn: Turn, cmd: CommandOf<"edit">): Promise<Reply[]> {
  const loaded = await turn.deps.requests.load(cmd.requestId);
  if (!loaded || loaded.buyerId !== turn.buyer.buyerId || !["draft", "ready"].includes(loaded.status)) return [stale()];
  if (cmd.rev && cmd.rev !== revisionOf(loaded.request)) return [stale()];
  setState(turn, { mode: "edit", requestId: loaded.id });
  return [notice("tg-edit-prompt")];
}

export async function cancelRequest(turn: Turn, requestId: string): Promise<Reply[]> {
  if (!(await turn.deps.requests.cancel(turn.buyer.buyerId, requestId))) return [stale()];
  // A question about that request no longer applies.
  const st = turn.state;
  if ((st.mode === "clarify" || st.mode === "edit") && st.requestId === requestId) setState(turn, IDLE);
  return [notice("tg-request-cancelled")];
}

const cancellable = (status: string) => (CANCELLABLE_STATUSES as readonly string[]).includes(status);

/** /requests: the latest ten, with a [Cancel] button for each one still cancellable. */
export async function listRequests(turn: Turn): Promise<Reply[]> {
  const rows = await turn.deps.requests.list(turn.buyer.buyerId, 10);
  if (!rows.length) return [notice("tg-requests-empty")];
  const now = turn.deps.match.clock.now();
  const items = rows.map((r) => ({
    requestId: r.id, label: r.product ?? cutText(r.rawText, 60, "…"), status: r.status, createdAt: r.createdAt.toISOString().slice(0, 10),
    // A request still waiting for a seller who lists it says so, and until when.
    ...(r.status === "ready" && r.watchUntil && r.watchUntil > now ? { watchingUntil: r.watchUntil.toISOString().slice(0, 10) } : {}),
  }));
  const buttons = items.filter((i) => cancellable(i.status)).map((i) => [button("conv-btn-cancel-request", { kind: "cancelRequest", requestId: i.requestId }, { request: cutText(i.label, 30, "…") })]);
  return [{ kind: "requests", items, buttons }];
}
