// The buyer conversation, as channels use it: decode to a BuyerCommand, call handle, render the Replies.
export { handle, handleOnce, turnSent } from "./handle.js";
export type { TurnOutcome } from "./turnJournal.js";
export { buyerCommandSchema, typedCommand, SLASH_COMMANDS, type BuyerCommand, type CommandOf } from "./commands.js";
export type { Reply, Msg, MsgArg, Button, Keyboard } from "./replies.js";
export type { ConversationDeps, BuyerRef } from "./deps.js";
export { readState, writeState, STATE_VERSION, type ChatState } from "./state.js";
export { revisionOf } from "./request/revision.js";
export { checkWatches, WATCH_DAYS, type WatchReport } from "./shortlist/watch.js";
