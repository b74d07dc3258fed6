// Linking a Discord account to its seller with the claim code Caravan gave the company (/link),
// undoing it (/unlink) and the seller's profile (/profile). Wrong codes are rate-limited per user
// so codes cannot be guessed; the limiter is per process, which is enough at one bot instance.
import type { Database } from "../../adapters/db/database.js";
import { dealStats } from "../../adapters/db/dealStats.js";
import { normalizeClaimCode } from "../../core/catalog/claimCode.js";

export class AttemptLimiter {
  private readonly tries = new Map<string, number[]>();
  constructor(readonly max = 5, readonly windowMs = 15 * 60_000, private readonly now: () => number = Date.now) {}
  /** Counts an attempt; false when the user already used up the window's attempts. */
  take(key: string): boolean {
    const now = this.now();
    const recent = (this.tries.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.max) {
      this.tries.set(key, recent);
      return false;
    }
    recent.push(now);
    this.tries.set(key, recent);
    return true;
  }
  /** Minutes until the oldest attempt leaves the window. */
  waitMinutes(key: string): number {
    const oldest = (this.tries.get(key) ?? [])[0];
    return oldest === undefined ? 0 : Math.max(1, Math.ceil((this.windowMs - (this.now() - oldest)) / 60_000));
  }
  reset(key: string): void {
    this.tries.delete(key);
  }
}

export type LinkOutcome =
  | { kind: "linked"; seller: string; sellerId: string }
  | { kind: "already"; seller: string }
  | { kind: "other_seller"; seller: string }
  | { kind: "wrong_code" }
  | { kind: "rate_limited"; minutes: number };

export async function linkMember(
  db: Database, limiter: AttemptLimiter, user: { id: string; name: string }, code: string,
): Promise<LinkOutcome> {
  const p = db.prisma;
  const current = await p.sellerMember.findUnique({ where: { platform_externalId: { platform: "discord", externalId: user.id } }, include: { seller: true } });
  if (!limiter.take(user.id)) return { kind: "rate_limited", minutes: limiter.waitMinutes(user.id) };
  const seller = await p.seller.findUnique({ where: { claimCode: normalizeClaimCode(code) } });
  if (!seller) return { kind: "wrong_code" };
  limiter.reset(user.id);
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
