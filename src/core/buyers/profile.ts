// A buyer's optional profile. Sellers see the company type and country before contacts are
// shared (enough to judge a lead, not enough to go around Caravan); the company name only once
// the buyer shares their contact. Validated here so every channel accepts the same answers.
import { z } from "zod";
import { cleanLine, wellFormed } from "../cleanText.js";
import { isIsoCountry, lookupPlace } from "../extraction/gazetteer.js";

export const COMPANY_TYPES = ["importer", "distributor", "wholesaler", "retailer", "manufacturer", "other"] as const;
export type CompanyType = (typeof COMPANY_TYPES)[number];
export const companyTypeSchema = z.enum(COMPANY_TYPES);

/** A company name as typed in a chat: whitespace collapsed, lone surrogates replaced, 2–120 characters, no control characters. */
export const companyNameSchema = z
  .string()
  .transform((s) => wellFormed(s).replace(/\s+/g, " ").trim())
  .pipe(z.string().min(2, "too short").max(120, "too long").regex(/^[^\p{Cc}]*$/u, "control characters"));

/**
 * The ISO alpha-2 code for what a buyer answers to "which country?": a country name in English
 * or French ("Pays-Bas"), an alias ("UK"), a code ("NL"), or a city we know ("Rotterdam" → NL).
 */
export function resolveCountry(answer: string): string | null {
  const text = cleanLine(answer).replace(/[.!]+$/, "");
  if (/^[A-Za-z]{2}$/.test(text) && isIsoCountry(text.toUpperCase())) return text.toUpperCase();
  const entry = lookupPlace(text);
  return entry && isIsoCountry(entry.country) ? entry.country : null;
}
