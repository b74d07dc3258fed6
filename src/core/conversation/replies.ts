// What the conversation answers, as data: channels render it (Telegram HTML + inline keyboard,
// playground bubbles). Never a finished sentence: a message key with its arguments, translated in
// the buyer's language by the channel; values from users travel as plain strings for the channel
// to escape.
import type { StructuredRequest } from "../model.js";
import type { MatchItem } from "../matching/matchRequest.js";
import type { QuoteComparison } from "../deals/compareQuotes.js";
import type { IntroductionStatus } from "../deals/types.js";
import type { BuyerProfile } from "../../ports/buyerStore.js";
import type { BuyerCommand } from "./commands.js";

/** A locale argument: a value, or another message translated first (a status, a reason). */
export type MsgArg = string | number | { key: string };
export interface Msg {
  key: string;
  args?: Record<string, MsgArg>;
}

export interface Button {
  label: Msg;
  command: BuyerCommand;
}
/** Rows of buttons, as Telegram lays them out. */
export type Keyboard = Button[][];

export type Reply =
  /** A sentence; `brief` ones answer a button press as a short notice (Telegram's toast); `lang` renders it in that language rather than the chat's. */
  | { kind: "notice"; msg: Msg; detail?: Msg; level?: "info" | "error"; brief?: boolean; buttons?: Keyboard; lang?: string }
  /** A question the next text answers (clarifying, profile step, writing to a seller). */
  | { kind: "question"; msg: Msg; prefix?: Msg; buttons?: Keyboard }
  | { kind: "welcome"; hasProfile: boolean; buttons: Keyboard }
  | { kind: "languages"; choices: string[]; buttons: Keyboard }
  /** The language changed: from here on, render in `language`. */
  | { kind: "languageSet"; language: string }
  | { kind: "requestCard"; requestId: string; request: StructuredRequest; buttons: Keyboard }
  | { kind: "shortlist"; requestId: string; round: number; product: string; items: { matchId: string; item: MatchItem }[]; buttons: Keyboard }
  | { kind: "requests"; items: { requestId: string; label: string; status: string; createdAt: string; watchingUntil?: string }[]; buttons: Keyboard }
  | { kind: "quotes"; product: string; comparison: QuoteComparison }
  | { kind: "threads"; items: { introductionId: string; sellerName: string; product: string | null; status: IntroductionStatus }[]; buttons: Keyboard }
  | { kind: "profileSaved"; profile: BuyerProfile };

export const notice = (key: string, args?: Record<string, MsgArg>, extra: Partial<Omit<Extract<Reply, { kind: "notice" }>, "kind" | "msg">> = {}): Reply =>
  ({ kind: "notice", msg: { key, ...(args ? { args } : {}) }, ...extra });
export const question = (key: string, args?: Record<string, MsgArg>, extra: { prefix?: Msg; buttons?: Keyboard } = {}): Reply =>
  ({ kind: "question", msg: { key, ...(args ? { args } : {}) }, ...extra });
/** Answer to a button whose card is out of date: nothing changed. */
export const stale = (): Reply => notice("tg-stale", undefined, { brief: true });
export const button = (key: string, command: BuyerCommand, args?: Record<string, MsgArg>): Button => ({ label: { key, ...(args ? { args } : {}) }, command });
