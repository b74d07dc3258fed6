// Buyers as the conversation sees them: found or created per platform user, their language and
// their optional profile (company, type, country, contact line).
import type { Platform } from "../core/deals/types.js";

export interface BuyerIdentity {
  id: string;
  language: string;
  active: boolean;
}

export interface BuyerProfile {
  company: string | null;
  companyType: string | null;
  country: string | null;
  contact: string | null;
}

export interface NewBuyer {
  name?: string | null;
  username?: string | null;
  language: string;
  companyType?: string;
}

export interface BuyerStore {
  /** The buyer behind a platform user, created on first contact; a buyer who writes again is active. */
  ensure(platform: Platform, externalId: string, fresh: NewBuyer): Promise<BuyerIdentity>;
  setLanguage(buyerId: string, language: string): Promise<void>;
  /** Marks a buyer who blocked the bot: nothing more is delivered until they write again. */
  markInactive(platform: Platform, externalId: string): Promise<void>;
  /** False for a buyer who blocked the bot; null for a platform user who is not a buyer. */
  isActive(platform: Platform, externalId: string): Promise<boolean | null>;
  profile(buyerId: string): Promise<BuyerProfile>;
  saveProfile(buyerId: string, patch: Partial<BuyerProfile>): Promise<BuyerProfile>;
}
