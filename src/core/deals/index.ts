// The deals core, as channels use it. Every action takes (deps, actor, input) and returns a typed
// result or throws a CoreError with a code (not_found, forbidden, invalid_input,
// illegal_transition, already_done, rate_limited, conflict).
export * from "./types.js";
export { DEFAULT_DEAL_LIMITS, type DealDeps, type DealLimits } from "./deps.js";
export { ALLOWED_TRANSITIONS, FINAL_STATUSES, canTransition, assertTransition } from "./introductionStatus.js";
export { introduce, type IntroduceInput, type IntroduceResult, type IntroductionSummary } from "./introduce.js";
export { viewLead, sellerSays, askBuyer, declineLead, type MessageResult, type DeclineResult } from "./sellerActions.js";
export { submitQuote, reviseQuote, quoteAsInput, type QuoteResult, type SubmitQuoteInput, type ReviseQuoteInput } from "./quotes.js";
export { quoteInputSchema, validateQuote, type QuoteInput } from "./quoteInput.js";
export {
  buyerSays, askSeller, counterOffer, acceptQuote, declineIntroduction, declineQuote, counterOfferSchema,
  type CounterOfferInput, type AcceptResult, type BuyerDeclineInput,
} from "./buyerActions.js";
export { compareQuotes, compareQuoteRows, type QuoteComparison, type ComparisonRow, type ComparableQuote } from "./compareQuotes.js";
export { buyerSharesContact, sellerSharesContact, type ContactShareResult } from "./contacts.js";
export { contactLineSchema } from "./contactLine.js";
export { REPORT_SPAM, assertCanOpenRequest, reportSpam, type SpamReportResult } from "./antiSpam.js";
export { runTimers, type TimerReport } from "./timers.js";
export { listSellerLeads, listBuyerThreads, getBuyerThread, threadForReply, leadRouting, type LeadRouting } from "./threads.js";
export { recordDelivery } from "./deliveries.js";
export { createOutboxWorker, backoffMs, type OutboxWorker, type OutboxWorkerOptions, type LogSink } from "./outboxWorker.js";
export type { DealView, DealListItem, ThreadEntry, Counterpart } from "./views.js";
export { dealErrorKeys, statusKey, quoteStatusKey, declineReasonKey, buyerDeclineReasonKey } from "./messages.js";
