// Sourcing requests as rows: what every chat channel (Telegram, playground) stores after parsing
// a buyer's message and reads back to clarify, edit or search. Structured fields are columns, so
// admin views and the deals core query them directly; reading back re-validates with zod.
import type { Database } from "./database.js";
import { structuredRequestSchema, type StructuredRequest } from "../../core/model.js";
import { cleanText } from "../../core/cleanText.js";
import { CANCELLABLE_STATUSES, type LoadedRequest, type RequestStore } from "../../ports/requestStore.js";

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

export async function createRequest(db: Database, buyerId: string, rawText: string, r: StructuredRequest, clientKey?: string): Promise<string> {
  // Whatever a channel passes, Postgres must never see a NUL (22021) or a lone surrogate.
  const data = { buyerId, rawText: cleanText(rawText), ...columns(r), ...(clientKey ? { clientKey } : {}) };
  if (!clientKey) return (await db.prisma.sourcingRequest.create({ data })).id;
  // Keyed: ON CONFLICT DO NOTHING on (buyerId, clientKey), then the row that holds the key.
  await db.prisma.sourcingRequest.createMany({ data: [data], skipDuplicates: true });
  return (await db.prisma.sourcingRequest.findUniqueOrThrow({ where: { buyerId_clientKey: { buyerId, clientKey } }, select: { id: true } })).id;
}

export async function updateRequest(db: Database, requestId: string, r: StructuredRequest, rawText?: string): Promise<void> {
  await db.prisma.sourcingRequest.update({ where: { id: requestId }, data: { ...columns(r), ...(rawText ? { rawText: cleanText(rawText) } : {}) } });
}

export type { LoadedRequest };

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

export function createRequestStore(db: Database): RequestStore {
  return {
    create: (buyerId, rawText, r, clientKey) => createRequest(db, buyerId, rawText, r, clientKey),
    byClientKey: async (buyerId, clientKey) =>
      (await db.prisma.sourcingRequest.findUnique({ where: { buyerId_clientKey: { buyerId, clientKey } }, select: { id: true } }))?.id ?? null,
    update: (requestId, r, rawText) => updateRequest(db, requestId, r, rawText),
    load: (requestId) => loadRequest(db, requestId),
    async cancel(buyerId, requestId) {
      const r = await db.prisma.sourcingRequest.updateMany({ where: { id: requestId, buyerId, status: { in: [...CANCELLABLE_STATUSES] } }, data: { status: "cancelled" } });
      return r.count === 1;
    },
    list: (buyerId, limit) =>
      db.prisma.sourcingRequest.findMany({ where: { buyerId }, orderBy: { createdAt: "desc" }, take: limit, select: { id: true, product: true, rawText: true, status: true, createdAt: true, watchUntil: true } }),
    latestQuoted: (buyerId) =>
      db.prisma.sourcingRequest.findFirst({
        where: { buyerId, introductions: { some: { status: { in: ["quoted", "accepted"] } } } }, orderBy: { createdAt: "desc" }, select: { id: true, product: true },
      }),
    async watch(buyerId, requestId, until) {
      const r = await db.prisma.sourcingRequest.updateMany({ where: { id: requestId, buyerId, status: "ready" }, data: { watchUntil: until, watchCheckedAt: null } });
      return r.count === 1;
    },
    async watchesDue(now, limit) {
      // The catalog's stamp is its last product change (what the catalog cache reloads on), read
      // from the database so the app's clock never enters it; a removed product makes nothing fit.
      const { _max } = await db.prisma.product.aggregate({ _max: { updatedAt: true } });
      const catalog = _max.updatedAt;
      if (!catalog) return { requestIds: [], catalog: null };
      const rows = await db.prisma.sourcingRequest.findMany({
        where: { status: "ready", watchUntil: { gt: now }, OR: [{ watchCheckedAt: null }, { watchCheckedAt: { lt: catalog } }] },
        orderBy: { watchCheckedAt: { sort: "asc", nulls: "first" } }, take: limit, select: { id: true },
      });
      return { requestIds: rows.map((r) => r.id), catalog };
    },
    async watchChecked(requestId, catalog) {
      await db.prisma.sourcingRequest.updateMany({ where: { id: requestId, watchUntil: { not: null } }, data: { watchCheckedAt: catalog } });
    },
    async watchesExpired(now, limit) {
      const rows = await db.prisma.sourcingRequest.findMany({ where: { watchUntil: { lte: now } }, orderBy: { watchUntil: "asc" }, take: limit, select: { id: true } });
      return rows.map((r) => r.id);
    },
  };
}
