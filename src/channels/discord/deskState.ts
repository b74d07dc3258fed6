// The desk's little state that must outlive a restart (house rule: conversation state lives in
// Postgres, not in memory): a seller's rejected quote form, kept so [Fix the quote] reopens it
// prefilled even after a deploy, and each user's recent /link attempts, so restarting the bot does
// not hand a code guesser a fresh allowance. Both sit in the Conversation table under platform
// "discord", keyed by a prefixed chatId; the row's version guards the attempt count against races.
import { z } from "zod";
import type { Database } from "../../adapters/db/database.js";
import type { Clock } from "../../ports/clock.js";
import { QUOTE_FIELDS, type QuoteDraft } from "./quoteModal.js";

const PLATFORM = "discord" as const;
const where = (chatId: string) => ({ platform_chatId: { platform: PLATFORM, chatId } });

const draftState = z.object({ at: z.number(), draft: z.partialRecord(z.enum(QUOTE_FIELDS), z.string()) });

export class QuoteDrafts {
  constructor(private readonly db: Database, private readonly clock: Clock, private readonly ttlMs = 15 * 60_000) {}
  private key = (userId: string, introductionId: string) => `quote-draft:${userId}:${introductionId}`;

  async save(userId: string, introductionId: string, draft: QuoteDraft): Promise<void> {
    const state = { at: this.clock.now().getTime(), draft };
    await this.db.prisma.conversation.upsert({ where: where(this.key(userId, introductionId)), create: { platform: PLATFORM, chatId: this.key(userId, introductionId), state }, update: { state } });
    // Drafts nobody came back for: updatedAt is wall time, and a day is far past any TTL.
    await this.db.prisma.conversation.deleteMany({ where: { platform: PLATFORM, chatId: { startsWith: "quote-draft:" }, updatedAt: { lt: new Date(Date.now() - 86_400_000) } } });
  }

  async get(userId: string, introductionId: string): Promise<QuoteDraft | null> {
    const row = await this.db.prisma.conversation.findUnique({ where: where(this.key(userId, introductionId)) });
    const parsed = draftState.safeParse(row?.state);
    return parsed.success && this.clock.now().getTime() - parsed.data.at <= this.ttlMs ? parsed.data.draft : null;
  }

  async clear(userId: string, introductionId: string): Promise<void> {
    await this.db.prisma.conversation.deleteMany({ where: { platform: PLATFORM, chatId: this.key(userId, introductionId) } });
  }
}

const triesState = z.object({ tries: z.array(z.number()) });

export type Attempt = { ok: true } | { ok: false; minutes: number };

/** At most `max` /link attempts per user in a sliding window; the right code clears the count. */
export class LinkAttempts {
  readonly max: number;
  readonly windowMs: number;
  constructor(private readonly db: Database, private readonly clock: Clock, o: { max?: number; windowMs?: number } = {}) {
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
      // ON CONFLICT DO NOTHING: two first attempts at once must not fail on the unique key.
      await this.db.prisma.conversation.createMany({ data: [{ platform: PLATFORM, chatId, state: { tries: [] } }], skipDuplicates: true });
      const row = await this.db.prisma.conversation.findUniqueOrThrow({ where: where(chatId) });
      const now = this.clock.now().getTime();
      const recent = (triesState.safeParse(row.state).data?.tries ?? []).filter((at) => now - at < this.windowMs);
      if (recent.length >= this.max) return { ok: false, minutes: Math.max(1, Math.ceil((this.windowMs - (now - Math.min(...recent))) / 60_000)) };
      const saved = await this.db.prisma.conversation.updateMany({
        where: { platform: PLATFORM, chatId, version: row.version }, data: { state: { tries: [...recent, now] }, version: { increment: 1 } },
      });
      if (saved.count === 1) return { ok: true };
    }
    return { ok: false, minutes: 1 };
  }

  async reset(userId: string): Promise<void> {
    await this.db.prisma.conversation.deleteMany({ where: { platform: PLATFORM, chatId: this.key(userId) } });
  }
}
