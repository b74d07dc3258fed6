// Conversation state, buyers and requests in Postgres, so a restart (or another instance)
// continues where the chat was. State is versioned: a save that lost a race is refused.
import { z } from "zod";
import type { Database } from "../../adapters/db/database.js";
import { CoreError } from "../../core/errors.js";
import { structuredRequestSchema, type StructuredRequest } from "../../core/model.js";
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
  /** The optional profile offered by /start: company name, then type (buttons), then country. */
  z.object({ mode: z.literal("profile"), step: z.enum(["company", "type", "country", "contact"]) }),
]);
export type ChatState = z.infer<typeof stateSchema>;

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

export async function loadProfile(db: Database, buyerId: string): Promise<BuyerProfile> {
  const b = await db.prisma.buyer.findUniqueOrThrow({ where: { id: buyerId }, select: { company: true, companyType: true, country: true, contact: true } });
  return b;
}

export async function saveProfile(db: Database, buyerId: string, patch: Partial<BuyerProfile>): Promise<BuyerProfile> {
  return db.prisma.buyer.update({ where: { id: buyerId }, data: patch, select: { company: true, companyType: true, country: true, contact: true } });
}

export async function setLanguage(db: Database, userId: string, language: string): Promise<void> {
  await db.prisma.buyer.updateMany({ where: { platform: "telegram", externalId: userId }, data: { language } });
}

export async function markInactive(db: Database, userId: string): Promise<void> {
  await db.prisma.buyer.updateMany({ where: { platform: "telegram", externalId: userId }, data: { active: false } });
}

const dec = (n: number | null | undefined) => (n === null || n === undefined ? null : String(n));

function columns(r: StructuredRequest) {
  return {
    product: r.product, quantityValue: dec(r.quantity?.value), quantityUnit: r.quantity?.unit ?? null,
    targetPriceAmount: dec(r.targetPrice?.amount), targetPriceCurrency: r.targetPrice?.currency ?? null, targetPricePer: r.targetPrice?.per ?? null,
    incoterm: r.incoterm, destinationCountry: r.destination?.country ?? null, destinationPlace: r.destination?.place ?? null,
    deadline: r.deadline ? new Date(`${r.deadline}T00:00:00Z`) : null, certifications: r.certifications, language: r.language,
    missing: r.missing, status: r.missing.length ? ("draft" as const) : ("ready" as const),
  };
}

export async function createRequest(db: Database, buyerId: string, rawText: string, r: StructuredRequest): Promise<string> {
  const row = await db.prisma.sourcingRequest.create({ data: { buyerId, rawText, ...columns(r) } });
  return row.id;
}

export async function updateRequest(db: Database, requestId: string, r: StructuredRequest, rawText?: string): Promise<void> {
  await db.prisma.sourcingRequest.update({ where: { id: requestId }, data: { ...columns(r), ...(rawText ? { rawText } : {}) } });
}

export interface LoadedRequest {
  id: string;
  buyerId: string;
  status: string;
  rawText: string;
  request: StructuredRequest;
}

export async function loadRequest(db: Database, requestId: string): Promise<LoadedRequest | null> {
  const row = await db.prisma.sourcingRequest.findUnique({ where: { id: requestId } });
  if (!row) return null;
  const num = (d: unknown) => (d === null || d === undefined ? null : Number(d));
  const quantityValue = num(row.quantityValue);
  const amount = num(row.targetPriceAmount);
  const candidate = {
    product: row.product,
    quantity: quantityValue !== null && row.quantityUnit ? { value: quantityValue, unit: row.quantityUnit } : null,
    targetPrice: amount !== null && row.targetPriceCurrency ? { amount, currency: row.targetPriceCurrency, per: row.targetPricePer } : null,
    incoterm: row.incoterm,
    destination: row.destinationCountry || row.destinationPlace ? { country: row.destinationCountry, place: row.destinationPlace } : null,
    deadline: row.deadline ? row.deadline.toISOString().slice(0, 10) : null,
    certifications: row.certifications,
    language: row.language,
    missing: row.missing,
  };
  const parsed = structuredRequestSchema.safeParse(candidate);
  const request = parsed.success ? parsed.data : (candidate as StructuredRequest);
  return { id: row.id, buyerId: row.buyerId, status: row.status, rawText: row.rawText, request };
}

export const asQuestion = (q: z.infer<typeof questionSchema>): ClarifyingQuestion => q as ClarifyingQuestion;
