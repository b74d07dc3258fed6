// The page's own words (labels, prompts, placeholders), from the locale files like every other
// sentence: the page asks for them in the buyer's language and switches when the buyer does.
import { t } from "../../locales/index.js";
import { uploadLimitMb } from "../../locales/catalogReport.js";

export const PAGE_KEYS = [
  "pg-page-title", "pg-page-intro", "pg-buyer-title", "pg-buyer-sub", "pg-chat-label", "pg-message-label", "pg-message-placeholder", "pg-send",
  "pg-compose-cancel", "pg-compose-reply", "pg-compose-ask", "pg-compose-counter", "pg-compose-contact", "pg-hello", "pg-loading-catalog",
  "pg-actions", "pg-language-label", "pg-error-generic", "pg-error-unreadable",
  // The seller desk's half (desk.js and its forms); the deal statuses and decline reasons come with the leads.
  "pg-desk-title", "pg-desk-sub", "pg-desk-play-label", "pg-desk-play", "pg-desk-pick-seller", "pg-desk-leads-title",
  "pg-desk-lead-label", "pg-desk-pick-seller-lead", "pg-desk-pick-lead", "pg-desk-send-quote", "pg-desk-revise-quote", "pg-desk-decline",
  "pg-desk-share-contact", "pg-desk-message-label", "pg-desk-send", "pg-desk-ask", "pg-desk-cancel", "pg-desk-quote-title",
  "pg-desk-unit-price", "pg-desk-currency", "pg-desk-per-unit", "pg-desk-moq", "pg-desk-lead-time", "pg-desk-incoterm",
  "pg-desk-incoterm-place", "pg-desk-valid-until", "pg-desk-notes", "pg-desk-decline-title", "pg-desk-reason", "pg-desk-decline-note",
  "pg-desk-contact-title", "pg-desk-contact-hint", "pg-desk-contact-label", "pg-desk-author-seller", "pg-desk-author-buyer", "pg-desk-author-system",
  "pg-desk-kind-question", "pg-desk-kind-counter_offer", "pg-desk-kind-quote", "pg-desk-kind-decision", "pg-desk-seller-option", "pg-desk-playing-as",
  "pg-desk-now-playing", "pg-desk-no-leads", "pg-desk-request", "pg-desk-thread", "pg-desk-fact-quantity", "pg-desk-fact-destination",
  "pg-desk-fact-incoterm", "pg-desk-fact-target-price", "pg-desk-fact-deadline", "pg-desk-fact-certifications", "pg-desk-fact-buyer", "pg-desk-fact-match",
  "pg-desk-fact-your-quote", "pg-desk-fact-contacts", "pg-desk-fact-buyer-contact", "pg-desk-contact-none", "pg-desk-contacts-exchanged", "pg-desk-contacts-you-agreed",
  "pg-desk-contacts-buyer-asks", "pg-desk-quote-sent", "pg-desk-spam-reported", "pg-desk-declined", "pg-desk-contacts-done", "pg-desk-contact-pending",
  "pg-desk-news-lead", "pg-desk-news-buyer_message", "pg-desk-news-counter_offer", "pg-desk-news-quote_accepted", "pg-desk-news-lead_closed", "pg-desk-news-contact_offer",
  "pg-desk-news-contacts",
  "pg-desk-catalog", "pg-desk-catalog-hint", "pg-desk-catalog-file", "pg-desk-catalog-upload", "pg-desk-catalog-uploading",
] as const;

export function pageStrings(lang: string): Record<string, string> {
  // Variables stay as "{name}" markers the page fills in (a seller's name, a count).
  return Object.fromEntries(PAGE_KEYS.map((k) => [k, t(lang, k, { seller: "{seller}", count: "{count}", limit: uploadLimitMb() })]));
}
