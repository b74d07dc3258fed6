// The desk's little state that must outlive a restart (house rule: conversation state lives in
// Postgres, not in memory): a seller's rejected quote form, kept so [Fix the quote] reopens it
// prefilled even after a deploy, and each user's recent /link attempts, so restarting the bot does
// not hand a code guesser a fresh allowance. Both go through the versioned ChatStore under
// platform "discord", keyed by a prefixed chatId, each with a schema version of its own; the row's
// version guards the attempt count against races.
import { z } from "zod";
import type { ChatStore } from "../../ports/chatStore.js";
import type { Clock } from "../../ports/clock.js";
import { QUOTE_FIELDS, type QuoteDraft } from "./quoteModal.js";

const PLATFORM = "discord" as const;
const DAY_MS = 86_400_000;

// v: the state's schema version; a row of another shape (an older deploy) reads as no state.
const draftState = z.object({ v: z.literal(1).optional(), at: z.number(), draft: z.partialRecord(z.enum(QUOTE_FIELDS), z.string()) });

export class QuoteDrafts {
  constructor(private readonly store: ChatStore, private readonly clock: Clock, private readonly ttlMs = 15 * 60_000) {}
  private key = (userId: string, introductionId: string) => `quote-draft:${userId}:${introductionId}`;

  async save(userId: string, introductionId: string, draft: QuoteDraft): Promise<void> {
    await this.store.write(PLATFORM, this.key(userId, introductionId), { v: 1, at: this.clock.now().getTime(), draft });
    // Drafts nobody came back for: updatedAt is wall time, and a day is far past any TTL.
    await this.store.prune(PLATFORM, "quote-draft:", new Date(Date.now() - DAY_MS));
  }

  async get(userId: string, introductionId: string): Promise<QuoteDraft | null> {
    const row = await this.store.read(PLATFORM, this.key(userId, introductionId));
    const parsed = draftState.safeParse(row?.state);
    return parsed.success && this.clock.now().getTime() - parsed.data.at <= this.ttlMs ? parsed.data.draft : null;
  }

  async clear(userId: string, introductionId: string): Promise<void> {
    await this.store.remove(PLATFORM, this.key(userId, introductionId));
  }
}

const triesState = z.object({ v: z.literal(1).optional(), tries: z.array(z.number()) });

export type Attempt = { ok: true } | { ok: false; minutes: number };

/** At most `max` /link attempts per user in a sliding window; the right code clears the count. */
export class LinkAttempts {
  readonly max: number;
  readonly windowMs: number;
  constructor(private readonly store: ChatStore, private readonly clock: Clock, o: { max?: number; windowMs?: number } = {}) {
    this.max = o.max ?? 5;
    this.windowMs = o.windowMs ?? 15 * 60_000;
  }
  private key = (userId: string) => `link-attempts:${userId}`;

  /** Counts an attempt, or says how many minutes until the next one is allowed. */
  async take(userId: string): Promise<Attempt> {
    const chatId = this.key(userId);
    // Optimistic: a concurrent attempt bumps the version and this one re-reads. A user who keeps
    // losing the race is firing attempts in parallel: refused, which is what the limit is for.
    for (let round = 0; round < 5; round++) {
      await this.store.ensure(PLATFORM, chatId, { v: 1, tries: [] });
      const row = await this.store.read(PLATFORM, chatId);
      if (!row) continue;
      const now = this.clock.now().getTime();
      const recent = (triesState.safeParse(row.state).data?.tries ?? []).filter((at) => now - at < this.windowMs);
      if (recent.length >= this.max) return { ok: false, minutes: Math.max(1, Math.ceil((this.windowMs - (now - Math.min(...recent))) / 60_000)) };
      if (await this.store.write(PLATFORM, chatId, { v: 1, tries: [...recent, now] }, row.version)) return { ok: true };
    }
    return { ok: false, minutes: 1 };
  }

  async reset(userId: string): Promise<void> {
    await this.store.remove(PLATFORM, this.key(userId));
  }
}
