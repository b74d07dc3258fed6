// The page's own words (labels, prompts, placeholders), from the locale files like every other
// sentence: the page asks for them in the buyer's language and switches when the buyer does.
import { t } from "../../locales/index.js";
import { uploadLimitMb } from "../../locales/catalogReport.js";

export const PAGE_KEYS = [
  "pg-page-title", "pg-page-intro", "pg-buyer-title", "pg-buyer-sub", "pg-chat-label", "pg-message-label", "pg-message-placeholder", "pg-send",
  "pg-compose-cancel", "pg-compose-reply", "pg-compose-ask", "pg-compose-counter", "pg-compose-contact", "pg-hello", "pg-loading-catalog",
  "pg-actions", "pg-language-label", "pg-error-generic", "pg-error-unreadable",
  "pg-desk-catalog", "pg-desk-catalog-hint", "pg-desk-catalog-file", "pg-desk-catalog-upload", "pg-desk-catalog-uploading",
] as const;

export function pageStrings(lang: string): Record<string, string> {
  return Object.fromEntries(PAGE_KEYS.map((k) => [k, t(lang, k, { seller: "{seller}", limit: uploadLimitMb() })]));
}
