// Conversation state and buyers in Postgres, so a restart (or another instance)
// continues where the chat was. State is versioned: a save that lost a race is refused.
import { z } from "zod";
import type { Database } from "../../adapters/db/database.js";
import { CoreError } from "../../core/errors.js";
import type { ClarifyingQuestion } from "../../core/extraction/clarify.js";

const questionSchema = z.object({ kind: z.string(), key: z.string(), params: z.record(z.string(), z.string()) });

export const stateSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("idle") }),
  /** A request is being completed: one question at a time. */
  z.object({ mode: z.literal("clarify"), requestId: z.string(), question: questionSchema }),
  /** The next text replaces the request's text (the [Edit] button). */
  z.object({ mode: z.literal("edit"), requestId: z.string() }),
  /** The next text goes to this thread (the [Ask] button, or a thread picked in /threads). */
  z.object({ mode: z.literal("write"), introductionId: z.string(), sellerName: z.string(), question: z.boolean().optional() }),
  /** The next text is a counter-offer on this quote. */
  z.object({ mode: z.literal("counter"), introductionId: z.string(), quoteId: z.string(), sellerName: z.string() }),
  /** The optional profile offered by /start: company name, type (buttons), country, contact line. */
  z.object({ mode: z.literal("profile"), step: z.enum(["company", "type", "country", "contact"]) }),
]);
export type ChatState = z.infer<typeof stateSchema>;
export type ProfileStep = Extract<ChatState, { mode: "profile" }>["step"];

export interface StoredState {
  state: ChatState;
  version: number;
}

export async function loadState(db: Database, chatId: string): Promise<StoredState> {
  const row = await db.prisma.conversation.upsert({
    where: { platform_chatId: { platform: "telegram", chatId } },
    create: { platform: "telegram", chatId, state: { mode: "idle" } },
    update: {},
  });
  const parsed = stateSchema.safeParse(row.state);
  return { state: parsed.success ? parsed.data : { mode: "idle" }, version: row.version };
}

/** Saves if nobody saved since `version` was read; otherwise a conflict (the update is answered with an apology). */
export async function saveState(db: Database, chatId: string, from: StoredState, state: ChatState): Promise<void> {
  const r = await db.prisma.conversation.updateMany({
    where: { platform: "telegram", chatId, version: from.version },
    data: { state, version: { increment: 1 } },
  });
  if (r.count !== 1) throw new CoreError("conflict", "conversation changed meanwhile", { chatId });
  from.version += 1;
  from.state = state;
}

/** True the first time an update id is seen; false on redelivery. */
export async function claimUpdate(db: Database, updateId: number): Promise<boolean> {
  const r = await db.prisma.$executeRaw`INSERT INTO "ProcessedUpdate" ("id", "platform", "updateId") VALUES (gen_random_uuid()::text, 'telegram'::"Platform", ${String(updateId)}) ON CONFLICT DO NOTHING`;
  return r === 1;
}

/** Forgets an update whose handling failed, so a redelivery can try again. */
export async function releaseUpdate(db: Database, updateId: number): Promise<void> {
  await db.prisma.processedUpdate.deleteMany({ where: { platform: "telegram", updateId: String(updateId) } });
}

export interface BuyerRow {
  id: string;
  language: string;
  active: boolean;
}

export async function ensureBuyer(db: Database, from: { id: number; username?: string; first_name: string; last_name?: string }, language: string): Promise<BuyerRow> {
  const name = [from.first_name, from.last_name].filter(Boolean).join(" ");
  const b = await db.prisma.buyer.upsert({
    where: { platform_externalId: { platform: "telegram", externalId: String(from.id) } },
    create: { platform: "telegram", externalId: String(from.id), username: from.username ?? null, name, language },
    // A buyer who writes again has unblocked the bot.
    update: { active: true },
  });
  return { id: b.id, language: b.language, active: b.active };
}

export interface BuyerProfile {
  company: string | null;
  companyType: string | null;
  country: string | null;
  contact: string | null;
}

const PROFILE = { company: true, companyType: true, country: true, contact: true } as const;

export const loadProfile = (db: Database, buyerId: string): Promise<BuyerProfile> =>
  db.prisma.buyer.findUniqueOrThrow({ where: { id: buyerId }, select: PROFILE });

export const saveProfile = (db: Database, buyerId: string, patch: Partial<BuyerProfile>): Promise<BuyerProfile> =>
  db.prisma.buyer.update({ where: { id: buyerId }, data: patch, select: PROFILE });

export async function setLanguage(db: Database, userId: string, language: string): Promise<void> {
  await db.prisma.buyer.updateMany({ where: { platform: "telegram", externalId: userId }, data: { language } });
}

export async function markInactive(db: Database, userId: string): Promise<void> {
  await db.prisma.buyer.updateMany({ where: { platform: "telegram", externalId: userId }, data: { active: false } });
}

export const asQuestion = (q: z.infer<typeof questionSchema>): ClarifyingQuestion => q as ClarifyingQuestion;
