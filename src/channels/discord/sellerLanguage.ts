// The language of a post the seller did not ask for (lead card, thread message, card edit, a notice
// after their thread message): their accounts' chat-app language when one was seen (remembered from
// their interactions' locale), else the desk's fallback. An interaction's answer uses that
// interaction's own locale instead.
import type { LeadRouting } from "../../core/deals/index.js";
import { pickLanguage } from "../../locales/index.js";

export const sellerLanguage = (r: Pick<LeadRouting, "language">, fallback: string): string => (r.language ? pickLanguage(r.language) : fallback);
