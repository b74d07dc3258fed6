// What the seller desk (Discord today) reads and writes besides the deals core: who a linked
// account answers for, claim codes, the seller's profile figures, a lead's thread and the seller's
// saved contact line. Channels reach the database only through this port.
import type { Platform } from "../core/deals/types.js";

export interface DeskSeller {
  id: string;
  name: string;
  country: string | null;
}

export interface SellerProfileFigures {
  products: number;
  members: number;
  leads: number;
  /** answered / leads, 0..1; null with no leads. */
  responseRate: number | null;
}

export interface LeadThread {
  introductionId: string;
  threadId: string;
}

export interface SellerDeskStore {
  /** The seller a linked account answers for, or null. */
  memberSeller(platform: Platform, userId: string): Promise<DeskSeller | null>;
  sellerByClaimCode(code: string): Promise<DeskSeller | null>;
  /** Links an account; false when it was linked meanwhile (unique key). */
  addMember(sellerId: string, platform: Platform, userId: string, displayName: string): Promise<boolean>;
  /**
   * Remembers the language a linked account's chat app is in (nothing for an unlinked account), so
   * posts the seller did not ask for — lead cards, buyer messages — come in that language.
   */
  noteMemberLanguage(platform: Platform, userId: string, language: string): Promise<void>;
  /** The seller's own choice (/language), which the app's locale no longer changes; false when not linked. */
  chooseMemberLanguage(platform: Platform, userId: string, language: string): Promise<boolean>;
  /** The language a linked account chose with /language, or null (then its app's locale is used). */
  chosenLanguage(platform: Platform, userId: string): Promise<string | null>;
  /** Unlinks an account; the seller it was linked to, or null. */
  removeMember(platform: Platform, userId: string): Promise<DeskSeller | null>;
  profileFigures(sellerId: string): Promise<SellerProfileFigures>;
  /** The lead whose desk thread this is, or null. */
  leadByThread(threadId: string): Promise<string | null>;
  /** Threads of the seller's leads in these statuses. */
  leadThreads(sellerId: string, statuses: readonly string[]): Promise<LeadThread[]>;
  /** The contact line on file for the lead's seller. */
  sellerContact(introductionId: string): Promise<string | null>;
  /** Saves the lead's seller's contact line unless contacts were already exchanged (then false). */
  saveSellerContact(introductionId: string, line: string): Promise<boolean>;
}
