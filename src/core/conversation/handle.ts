// The buyer conversation's one entry point: (deps, buyer, command) → replies. It reads the chat's
// state, runs the step, saves the state the step chose (refused when another turn saved first:
// the whole turn is then run again on the fresh state), and turns every expected failure
// (CoreError) into a notice; anything else is logged and answered with a generic apology.
// `handleOnce` is the same turn keyed by the platform's id of the input (a Telegram update_id): its
// replies are stored with the state they led to, and the same key again gets them back instead of
// a second run (turnJournal.ts); the channel records each message sent (`turnSent`).
import { isCoreError } from "../errors.js";
import type { BuyerRef, ConversationDeps, Turn } from "./deps.js";
import type { BuyerCommand } from "./commands.js";
import { notice, type Reply } from "./replies.js";
import { readState, writeState } from "./state.js";
import { errorNotice } from "./errors.js";
import { route } from "./route.js";
import { findTurn, outcomeOf, type TurnOutcome } from "./turnJournal.js";

const ATTEMPTS = 3;

export async function handle(deps: ConversationDeps, buyer: BuyerRef, command: BuyerCommand): Promise<Reply[]> {
  return (await runTurn(deps, buyer, command)).replies;
}

/** One turn for input `key`, run at most once: a key seen before gets its recorded outcome back. */
export function handleOnce(deps: ConversationDeps, buyer: BuyerRef, command: BuyerCommand, key: string): Promise<TurnOutcome> {
  return runTurn(deps, buyer, command, key);
}

/** The first `sent` rendered messages of turn `key` reached the chat (of `total`): a redo starts after them. */
export function turnSent(deps: ConversationDeps, buyer: BuyerRef, key: string, sent: number, total: number): Promise<void> {
  return deps.chats.markTurnSent(buyer.actor.platform, buyer.chatId, key, sent, sent >= total);
}

async function runTurn(deps: ConversationDeps, buyer: BuyerRef, command: BuyerCommand, key?: string): Promise<TurnOutcome> {
  const platform = buyer.actor.platform;
  for (let attempt = 1; ; attempt++) {
    const stored = await deps.chats.load(platform, buyer.chatId);
    const done = key === undefined ? null : findTurn(stored.turns, key);
    if (done) return outcomeOf(done);
    const turn: Turn = { deps, buyer, state: readState(stored.state), ...(key === undefined ? {} : { key }) };
    const outcome = (replies: Reply[]): TurnOutcome => ({ replies, lang: buyer.lang, sent: 0, replayed: false });
    let replies: Reply[];
    try {
      replies = await route(turn, command);
    } catch (e) {
      if (isCoreError(e)) replies = [errorNotice(e)];
      else {
        deps.logger.error({ err: e, command: command.kind, platform, chatId: buyer.chatId }, "buyer conversation failed");
        replies = [notice("error-generic", undefined, { level: "error" })];
      }
      // A failed turn changes no state; keyed, its answer is still recorded (a redo repeats nothing).
      if (key !== undefined) await deps.chats.save(platform, buyer.chatId, stored.version, stored.state, { key, lang: buyer.lang, replies, sent: 0 });
      return outcome(replies);
    }
    if (key === undefined) {
      if (!turn.next || (await deps.chats.save(platform, buyer.chatId, stored.version, writeState(turn.next)))) return outcome(replies);
    } else {
      const state = turn.next ? writeState(turn.next) : stored.state;
      if (await deps.chats.save(platform, buyer.chatId, stored.version, state, { key, lang: buyer.lang, replies, sent: 0 })) return outcome(replies);
    }
    if (attempt >= ATTEMPTS) return outcome([notice("deal-error-conflict", undefined, { level: "error" })]);
  }
}
