// The buyer conversation's one entry point: (deps, buyer, command) → replies. It reads the chat's
// state, runs the step, saves the state the step chose (refused when another turn saved first:
// the whole turn is then run again on the fresh state), and turns every expected failure
// (CoreError) into a notice; anything else is logged and answered with a generic apology.
import { isCoreError } from "../errors.js";
import type { BuyerRef, ConversationDeps, Turn } from "./deps.js";
import type { BuyerCommand } from "./commands.js";
import { notice, type Reply } from "./replies.js";
import { readState, writeState } from "./state.js";
import { errorNotice } from "./errors.js";
import { route } from "./route.js";

const ATTEMPTS = 3;

export async function handle(deps: ConversationDeps, buyer: BuyerRef, command: BuyerCommand): Promise<Reply[]> {
  const platform = buyer.actor.platform;
  for (let attempt = 1; ; attempt++) {
    const stored = await deps.chats.load(platform, buyer.chatId);
    const turn: Turn = { deps, buyer, state: readState(stored.state) };
    let replies: Reply[];
    try {
      replies = await route(turn, command);
    } catch (e) {
      if (isCoreError(e)) return [errorNotice(e)];
      deps.logger.error({ err: e, command: command.kind, platform, chatId: buyer.chatId }, "buyer conversation failed");
      return [notice("error-generic", undefined, { level: "error" })];
    }
    if (!turn.next || (await deps.chats.save(platform, buyer.chatId, stored.version, writeState(turn.next)))) return replies;
    if (attempt >= ATTEMPTS) return [notice("deal-error-conflict", undefined, { level: "error" })];
  }
}
