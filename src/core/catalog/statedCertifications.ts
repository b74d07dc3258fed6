// Certificates as sellers write them in a sheet ("GLOBALG.A.P.", "Fair Trade", "ISO 22000:2018",
// "Halal certified") → the codes buyers' requests are read into, so a buyer who requires
// "globalgap" finds the row whose column says "GLOBALG.A.P.". A label Caravan does not know
// ("COSMOS", "AS9100") is kept under its own kebab-case code.
import { canonicalCertification, extractCertifications } from "../extraction/certifications.js";
import { fold } from "../extraction/text.js";
import { certificationCode } from "./codes.js";

/** The certifications column's entries → codes, sorted, without repeats. */
export const catalogCertifications = (entries: readonly string[]): string[] =>
  [...new Set(entries.map((e) => canonicalCertification(e) ?? certificationCode(e)).filter(Boolean))].sort();

// Words a description also uses for an ingredient ("soap with 5% organic argan oil", "made with
// fair-trade argan oil"): naming them is no sign the product itself holds the certificate.
const INGREDIENT_WORDS = new Set(["organic", "eu-organic", "usda-organic", "fairtrade"]);

/**
 * Certificates the title or description names ("GLOBALG.A.P. Certified farms", "FDA registered
 * facility") that the certifications column does not list: the matcher reads only the column, so a
 * buyer who requires one of them would never be shown this product. Said to the seller as a warning.
 */
export function certificationsOnlyInText(title: string, description: string, listed: readonly string[]): string[] {
  const text = `${title}. ${description}`;
  return extractCertifications(text, fold(text)).certifications.filter((c) => !listed.includes(c) && !INGREDIENT_WORDS.has(c));
}
