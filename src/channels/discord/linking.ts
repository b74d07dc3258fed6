// Linking a Discord account to its seller with the claim code Caravan gave the company (/link),
// undoing it (/unlink) and the seller's profile (/profile). Attempts are rate-limited per user so
// codes cannot be guessed (the count is in Postgres: see deskState.ts).
import { normalizeClaimCode } from "../../core/catalog/claimCode.js";
import { platformName } from "../../core/cleanText.js";
import type { SellerDeskStore } from "../../ports/sellerDesk.js";
import type { LinkAttempts } from "./deskState.js";

export type LinkOutcome =
  | { kind: "linked"; seller: string; sellerId: string }
  | { kind: "already"; seller: string }
  | { kind: "other_seller"; seller: string }
  | { kind: "wrong_code" }
  | { kind: "rate_limited"; minutes: number };

export async function linkMember(store: SellerDeskStore, limiter: LinkAttempts, user: { id: string; name: string }, code: string): Promise<LinkOutcome> {
  const current = await store.memberSeller("discord", user.id);
  const attempt = await limiter.take(user.id);
  if (!attempt.ok) return { kind: "rate_limited", minutes: attempt.minutes };
  const seller = await store.sellerByClaimCode(normalizeClaimCode(code));
  if (!seller) return { kind: "wrong_code" };
  await limiter.reset(user.id);
  if (current) return current.id === seller.id ? { kind: "already", seller: seller.name } : { kind: "other_seller", seller: current.name };
  if (!(await store.addMember(seller.id, "discord", user.id, platformName([user.name]) ?? "member"))) {
    // Linked by a parallel /link between our read and write: report what is on file now.
    const now = await store.memberSeller("discord", user.id);
    return now?.id === seller.id ? { kind: "already", seller: seller.name } : { kind: "other_seller", seller: now?.name ?? seller.name };
  }
  return { kind: "linked", seller: seller.name, sellerId: seller.id };
}

export async function unlinkMember(store: SellerDeskStore, userId: string): Promise<string | null> {
  return (await store.removeMember("discord", userId))?.name ?? null;
}

export interface SellerProfile {
  name: string;
  country: string | null;
  products: number;
  members: number;
  leads: number;
  responseRate: number | null;
}

export async function sellerProfile(store: SellerDeskStore, userId: string): Promise<SellerProfile | null> {
  const s = await store.memberSeller("discord", userId);
  if (!s) return null;
  return { name: s.name, country: s.country, ...(await store.profileFigures(s.id)) };
}
