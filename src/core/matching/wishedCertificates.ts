// A certificate the buyer only wishes for ("kosher or halal papers welcome", "MSC would be a plus",
// "bio de préférence") is a reason to rank a product higher, never proof that nothing fits: the
// "no seller holds it" answer is for a certificate the buyer requires. The parser lists both alike.
import { extractCertifications } from "../extraction/certifications.js";
import { fold } from "../extraction/text.js";

// Words that make a certificate a wish, in the four languages.
const SOFTENER = new RegExp(
  [
    "welcome", "a plus", "a bonus", "bonus", "if possible", "where possible", "preferably", "preferred", "ideally", "nice to have",
    "appreciated", "optional", "would be (?:nice|good|great|better)", "de preference", "si possible", "idealement", "bienvenue?s?",
    "apprecie(?:e|s|es)?", "un plus", "souhaite(?:e|s|es)?", "si es posible", "de preferencia", "preferiblemente", "idealmente",
    "se valora", "seria un plus", "si puede ser", "si se puede", "de ser posible", "en lo posible", "if available", "يفضل", "ان امكن", "لو امكن", "يا ?ريت", "يا ?ليت", "حبذا",
    // "Si tenés certificado Ecocert, mejor", "if you have MSC, even better", "si vous avez le label,
    // tant mieux": a certificate under "if" with praise after it.
    "(?:si|if|اذا|لو)(?![\\p{L}]).*(?<![\\p{L}])(?:mejor|better|mieux|great|genial|perfecto|parfait|احسن|افضل|ممتاز)",
  ].map((w) => `(?<![\\p{L}])${w}(?![\\p{L}])`).join("|"),
  "u",
);

/** The certifications of `certifications` that every sentence naming them softens into a wish. */
export function wishedCertifications(text: string, certifications: string[]): Set<string> {
  // Most requests name none: the sentences are read only when there is something to look for.
  if (!certifications.length || !text) return new Set();
  const required = new Set<string>();
  const wished = new Set<string>();
  for (const sentence of text.split(/[.;!?\n؟]+/u)) {
    const folded = fold(sentence);
    const named = extractCertifications(sentence, folded).certifications;
    for (const c of named) (SOFTENER.test(folded) ? wished : required).add(c);
  }
  return new Set(certifications.filter((c) => wished.has(c) && !required.has(c)));
}
