// One chat store for every platform: the conversation state of a chat (Telegram chat, playground
// page) with a version for optimistic locking, and the replies shown in it (so a page can restore
// its history). A save that lost a race returns false; the conversation retries the turn.
import type { Platform } from "../core/deals/types.js";

export interface StoredChat {
  /** Raw JSON: the conversation validates it (src/core/conversation/state.ts). */
  state: unknown;
  version: number;
}

export interface ChatStore {
  /** The chat's state, created empty (version 0) on first use. */
  load(platform: Platform, chatId: string): Promise<StoredChat>;
  /** Saves if nobody saved since `fromVersion`; false when another save won. */
  save(platform: Platform, chatId: string, fromVersion: number, state: unknown): Promise<boolean>;
  /** Appends what was shown in the chat (oldest first), keeping the latest `keep` entries. */
  appendLog(platform: Platform, chatId: string, entries: unknown[], keep?: number): Promise<void>;
  /** The chat's log, oldest first. */
  log(platform: Platform, chatId: string): Promise<unknown[]>;
}
