// Claim codes are what a seller types in Discord (/link) to prove who they are: short enough to
// type, random enough (8 symbols of 31 ≈ 40 bits, attempts rate-limited) not to be guessed, and
// free of look-alike characters (0/O, 1/I/L).
import { randomInt } from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newClaimCode(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)];
  const part = () => Array.from({ length: 4 }, pick).join("");
  return `CRV-${part()}-${part()}`;
}

/** What a seller typed → the canonical form (case, spaces and dashes forgiven). */
export function normalizeClaimCode(input: string): string {
  const s = input.toUpperCase().replace(/[^0-9A-Z]/g, "").replace(/^CRV/, "");
  return s.length === 8 ? `CRV-${s.slice(0, 4)}-${s.slice(4)}` : input.trim().toUpperCase();
}
