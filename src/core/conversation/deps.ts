// What the buyer conversation needs: the matching deps (parser, indexes, catalog), the deals core,
// and the stores behind ports. Built once by the app and shared by every channel.
import type { MatchDeps } from "../matching/matchRequest.js";
import type { DealDeps } from "../deals/deps.js";
import type { Actor } from "../deals/types.js";
import type { ChatStore } from "../../ports/chatStore.js";
import type { BuyerStore } from "../../ports/buyerStore.js";
import type { RequestStore } from "../../ports/requestStore.js";
import type { MatchStore } from "../../ports/matchStore.js";
import type { ChatState } from "./state.js";

export interface ConversationDeps {
  match: MatchDeps;
  deals: DealDeps;
  chats: ChatStore;
  buyers: BuyerStore;
  requests: RequestStore;
  matches: MatchStore;
  /** Unexpected errors: logged with context, answered with a generic apology. */
  logger: { error(obj: object, msg: string): void };
}

/** Who speaks: the platform user, their buyer row, the chat and the language we answer in. */
export interface BuyerRef {
  actor: Actor;
  buyerId: string;
  chatId: string;
  lang: string;
}

/** One command being handled: its deps, buyer, the chat's state as read, and the state to save. */
export interface Turn {
  deps: ConversationDeps;
  buyer: BuyerRef;
  state: ChatState;
  /** The platform's id of the input (a Telegram update_id), when the channel has one: what a step creates is keyed by it, so a redone turn finds it. */
  key?: string;
  /** Set by a step to change what the next text means; saved once at the end of the turn. */
  next?: ChatState;
}

export const today = (turn: Turn): string => turn.deps.match.clock.now().toISOString().slice(0, 10);
export const setState = (turn: Turn, s: ChatState): void => {
  turn.next = s;
};
