// Small per-chat state that must outlive a restart (a half-filled form, an attempt counter), as
// versioned JSON rows: `write` with the version read is a compare-and-set, so two concurrent
// writers cannot both win. One port for every channel's state so the stores can be unified.
import type { Platform } from "../core/deals/types.js";

export interface ChatStateRow {
  state: unknown;
  version: number;
  updatedAt: Date;
}

export interface ChatStateStore {
  read(platform: Platform, chatId: string): Promise<ChatStateRow | null>;
  /** Writes unconditionally (creating the row), or only if the row is still at `expectedVersion`; true when written. */
  write(platform: Platform, chatId: string, state: unknown, expectedVersion?: number): Promise<boolean>;
  /** Creates the row with `state` unless it exists (no error on a race). */
  ensure(platform: Platform, chatId: string, state: unknown): Promise<void>;
  remove(platform: Platform, chatId: string): Promise<void>;
  /** Removes rows whose chatId starts with `prefix` and that were last written before `before`. */
  prune(platform: Platform, prefix: string, before: Date): Promise<number>;
}
