// One chat store for every platform: the conversation state of a chat (Telegram chat, playground
// page) with a version for optimistic locking, and the replies shown in it (so a page can restore
// its history), and the seller desk's small per-chat state (a half-filled quote form, /link
// attempts). A save that lost a race returns false; the conversation retries the turn.
import type { Platform } from "../core/deals/types.js";

export interface StoredChat {
  /** Raw JSON: the conversation validates it (src/core/conversation/state.ts). */
  state: unknown;
  version: number;
  /** Raw JSON: the chat's last turns (TurnRecord[]), validated by the conversation (turnJournal.ts). */
  turns?: unknown;
}

/**
 * One turn's outcome, kept with the chat state it led to: `key` is the platform's id of the input
 * (a Telegram update_id), `replies` what the turn answered (data, rendered in `lang`), `sent` how
 * many of the rendered messages have reached the chat so far.
 */
export interface TurnRecord {
  key: string;
  lang: string;
  replies: unknown;
  sent: number;
}

/** Turns kept per chat: a redone update is at most a few turns old (one chat's updates run in order). */
export const TURNS_KEPT = 20;

export interface ChatStateRow extends StoredChat {
  updatedAt: Date;
}

export interface ChatStore {
  /** The chat's state, created empty (version 0) on first use. */
  load(platform: Platform, chatId: string): Promise<StoredChat>;
  /**
   * Saves if nobody saved since `fromVersion`; false when another save won. With `turn`, the turn's
   * record is kept in the same write (the last TURNS_KEPT), so a state and the replies it came
   * with are never stored one without the other.
   */
  save(platform: Platform, chatId: string, fromVersion: number, state: unknown, turn?: TurnRecord): Promise<boolean>;
  /**
   * Records that the first `sent` messages of turn `key` reached the chat (never lowers it). With
   * `finished` (every message out) the replies are dropped from the record: only the key is needed
   * to answer a redo with nothing, and the chat's row stays small.
   */
  markTurnSent(platform: Platform, chatId: string, key: string, sent: number, finished?: boolean): Promise<void>;
  /** Appends what was shown in the chat (oldest first), keeping the latest `keep` entries. */
  appendLog(platform: Platform, chatId: string, entries: unknown[], keep?: number): Promise<void>;
  /** The chat's log, oldest first. */
  log(platform: Platform, chatId: string): Promise<unknown[]>;
  /** The row as stored, or null when the chat has none (nothing is created). */
  read(platform: Platform, chatId: string): Promise<ChatStateRow | null>;
  /** Writes unconditionally (creating the row), or only if the row is still at `expectedVersion`; true when written. */
  write(platform: Platform, chatId: string, state: unknown, expectedVersion?: number): Promise<boolean>;
  /** Creates the row with `state` unless it exists (no error on a race). */
  ensure(platform: Platform, chatId: string, state: unknown): Promise<void>;
  remove(platform: Platform, chatId: string): Promise<void>;
  /** Removes rows whose chatId starts with `prefix` and that were last written before `before`. */
  prune(platform: Platform, prefix: string, before: Date): Promise<number>;
}
