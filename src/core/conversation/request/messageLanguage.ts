// The language a new request is written in decides how Caravan answers: a buyer who writes in a
// language Caravan cannot read gets a short note (in English and the closest language it speaks)
// instead of a question that echoes their sentence as the product; a buyer who writes in another
// supported language than the chat's is answered in the language they wrote.
import { availableLanguages, DEFAULT_LANGUAGE } from "../../../locales/index.js";
import { languageFallbackMessage, unsupportedLanguageMessages } from "../../extraction/languageSupport.js";
import type { Turn } from "../deps.js";
import { notice, type Reply } from "../replies.js";

/** The rules parser reads only its own languages; an LLM parser (OpenAI) reads any. */
const readsAnyLanguage = (turn: Turn): boolean => !turn.deps.match.parser.name.startsWith("rules");

/** Notes for a message Caravan cannot read, or null when it can. */
export function unsupportedLanguageReplies(turn: Turn, messageLanguage: string): Reply[] | null {
  const messages = unsupportedLanguageMessages(messageLanguage, { locales: availableLanguages(), anyLanguage: readsAnyLanguage(turn) });
  return messages && messages.map((m) => notice("language-unsupported", m.args, { lang: m.lang }));
}

/**
 * A buyer whose language the LLM understood but Caravan has no locale for: the chat falls back to
 * English and the first reply says so plainly, before the question. Empty otherwise.
 */
export async function fallbackLanguageReplies(turn: Turn, messageLanguage: string): Promise<Reply[]> {
  const m = languageFallbackMessage(messageLanguage, { locales: availableLanguages(), anyLanguage: readsAnyLanguage(turn) });
  if (!m) return [];
  const switched: Reply[] = [];
  if (turn.buyer.lang !== m.lang) {
    await turn.deps.buyers.setLanguage(turn.buyer.buyerId, m.lang);
    turn.buyer.lang = m.lang;
    switched.push({ kind: "languageSet", language: m.lang });
  }
  return [...switched, notice("language-fallback", m.args, { lang: m.lang })];
}

/**
 * Switches the chat to the message's language when Caravan has it and it is not the chat's.
 * English is the detector's fallback for short or mixed text, so only a positive detection of
 * another language switches (a French buyer typing "olive oil" stays in French).
 */
export async function followMessageLanguage(turn: Turn, messageLanguage: string): Promise<Reply[]> {
  const lang = (messageLanguage ?? "").toLowerCase();
  if (lang === turn.buyer.lang || lang === DEFAULT_LANGUAGE || !availableLanguages().includes(lang)) return [];
  await turn.deps.buyers.setLanguage(turn.buyer.buyerId, lang);
  turn.buyer.lang = lang;
  return [{ kind: "languageSet", language: lang }];
}
