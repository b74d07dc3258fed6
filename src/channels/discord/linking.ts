// Linking a Discord account to its seller with the claim code Caravan gave the company (/link),
// undoing it (/unlink) and the seller's profile (/profile). Attempts are rate-limited per user so
// codes cannot be guessed (the count is in Postgres: see deskState.ts).
import type { Database } from "../../adapters/db/database.js";
import { dealStats } from "../../adapters/db/dealStats.js";
import { normalizeClaimCode } from "../../core/catalog/claimCode.js";
import type { LinkAttempts } from "./deskState.js";

export type LinkOutcome =
  | { kind: "linked"; seller: string; sellerId: string }
  | { kind: "already"; seller: string }
  | { kind: "other_seller"; seller: string }
  | { kind: "wrong_code" }
  | { kind: "rate_limited"; minutes: number };

export async function linkMember(
  db: Database, limiter: LinkAttempts, user: { id: string; name: string }, code: string,
): Promise<LinkOutcome> {
  const p = db.prisma;
  const current = await p.sellerMember.findUnique({ where: { platform_externalId: { platform: "discord", externalId: user.id } }, include: { seller: true } });
  const attempt = await limiter.take(user.id);
  if (!attempt.ok) return { kind: "rate_limited", minutes: attempt.minutes };
  const seller = await p.seller.findUnique({ where: { claimCode: normalizeClaimCode(code) } });
  if (!seller) return { kind: "wrong_code" };
  await limiter.reset(user.id);
  if (current) return current.sellerId === seller.id ? { kind: "already", seller: seller.name } : { kind: "other_seller", seller: current.seller.name };
  await p.sellerMember.create({ data: { sellerId: seller.id, platform: "discord", externalId: user.id, displayName: user.name.slice(0, 100) } });
  return { kind: "linked", seller: seller.name, sellerId: seller.id };
}

export async function unlinkMember(db: Database, userId: string): Promise<string | null> {
  const m = await db.prisma.sellerMember.findUnique({ where: { platform_externalId: { platform: "discord", externalId: userId } }, include: { seller: true } });
  if (!m) return null;
  await db.prisma.sellerMember.delete({ where: { id: m.id } });
  return m.seller.name;
}

export interface SellerProfile {
  name: string;
  country: string | null;
  products: number;
  members: number;
  leads: number;
  responseRate: number | null;
}

export async function sellerProfile(db: Database, userId: string): Promise<SellerProfile | null> {
  const m = await db.prisma.sellerMember.findUnique({ where: { platform_externalId: { platform: "discord", externalId: userId } }, include: { seller: true } });
  if (!m) return null;
  const [products, members, stats] = await Promise.all([
    db.prisma.product.count({ where: { sellerId: m.sellerId } }),
    db.prisma.sellerMember.count({ where: { sellerId: m.sellerId } }),
    dealStats(db, { sellerId: m.sellerId }),
  ]);
  const mine = stats.sellers.find((s) => s.sellerId === m.sellerId);
  return { name: m.seller.name, country: m.seller.country, products, members, leads: mine?.leads ?? 0, responseRate: mine?.responseRate ?? null };
}
