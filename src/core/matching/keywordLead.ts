// A backstop for a misread request. The shortlist is ranked by the kind of product read from the
// request, its specs and constraints; when that reading goes wrong ("olive leaf extract powder"
// read as a powder, a crimping service read by its "2 million crimps"), the product the buyer's own
// words plainly name can fall out of the shortlist. A product whose keyword score on the buyer's
// words is far above every other product's is that product: it comes back first.

/**
 * How far the best keyword hit must lead the second (score ratio) to count as plainly named.
 * Chosen on every dev matching set: 1.5 brought back four shortlists (0 → 1 each) and moved no other
 * request; 1.3 and 1.4 also moved six and one more, but cost three and one requests (one English
 * dev request went 1 → 0.497); 1.2 cost seven more.
 */
export const CLEAR_LEAD = 1.5;
/**
 * The same for an Arabic or Spanish request, whose kind is read off an English wording that
 * reorders its words, so a misreading is likelier. Chosen on every dev matching set after the
 * round's other changes: 1.3 brought back five more Arabic and Spanish shortlists (+4.1 NDCG points
 * in all) and cost none of theirs (the one request it cost at 1.3 is English); 1.2 cost three.
 */
export const CLEAR_LEAD_WORDED = 1.3;

/**
 * How far the best keyword hit must lead the second for "no seller has it" to be wrong: the buyer
 * named that product, whatever kind the request was read as ("machining and coating of magnesium
 * ZE41 castings - main gearbox housings" → the machined magnesium transmission housings). Chosen on
 * every dev matching set: 3 answered two requests (0 → 1 each) and lost no honest "nothing fits";
 * 2 answered four but lost two honest ones, 1.5 answered ten and lost ten.
 */
export const FAR_LEAD = 3;

/** True when the best keyword hit leads the second by FAR_LEAD or more. */
export function leadsByFar(keywordHits: { score: number }[]): boolean {
  const [first, second] = keywordHits;
  return !!first && !!second && first.score >= FAR_LEAD * second.score;
}

interface Ranked {
  product: { id: string };
  reasons: { code: string }[];
}

/**
 * `all` with the plainly named product first when the shortlist (`shown`) left it out (its score
 * `ratio` times the second's or more). A product the
 * buyer ruled out never comes back; one read as another kind no longer says so, since the reading
 * of the kind is what went wrong.
 */
export function withKeywordLead<T extends Ranked>(all: T[], keywordHits: { id: string; score: number }[], shown: T[], ratio = CLEAR_LEAD): T[] {
  const [first, second] = keywordHits;
  if (!first || !second || first.score < ratio * second.score) return all;
  const lead = all.find((i) => i.product.id === first.id);
  if (!lead || shown.includes(lead) || lead.reasons.some((r) => r.code === "excluded")) return all;
  return [{ ...lead, reasons: lead.reasons.filter((r) => r.code !== "type_other") }, ...all.filter((i) => i !== lead)];
}
