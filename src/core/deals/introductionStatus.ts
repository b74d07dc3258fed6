// The introduction life cycle as an explicit table. Every status change in the core goes through
// `assertTransition`; anything not listed is a typed illegal_transition, never a silent write.
//
//   proposed → delivered → viewed → quoted → accepted
//        └───────┴───────────┴────────┴──→ declined_by_buyer | declined_by_seller
//        └───────┴───────────┘ (unanswered) → expired
//
// A seller acting on a lead whose delivery receipt has not been recorded yet (proposed) is proof
// that it arrived, so proposed → viewed is allowed too.
import { CoreError } from "../errors.js";
import type { IntroductionStatus } from "./types.js";

export const ALLOWED_TRANSITIONS: Readonly<Record<IntroductionStatus, readonly IntroductionStatus[]>> = {
  proposed: ["delivered", "viewed", "declined_by_buyer", "declined_by_seller", "expired"],
  delivered: ["viewed", "declined_by_buyer", "declined_by_seller", "expired"],
  viewed: ["quoted", "declined_by_buyer", "declined_by_seller", "expired"],
  quoted: ["accepted", "declined_by_buyer", "declined_by_seller"],
  accepted: [],
  declined_by_buyer: [],
  declined_by_seller: [],
  expired: [],
};

export const FINAL_STATUSES: readonly IntroductionStatus[] = ["accepted", "declined_by_buyer", "declined_by_seller", "expired"];
/** Statuses in which the seller has not answered yet (reminders and expiry apply). */
export const UNANSWERED_STATUSES: readonly IntroductionStatus[] = ["proposed", "delivered", "viewed"];
/** Statuses in which the two sides can still talk. An accepted deal keeps its thread open for logistics. */
export const CONVERSABLE_STATUSES: readonly IntroductionStatus[] = ["proposed", "delivered", "viewed", "quoted", "accepted"];

export const canTransition = (from: IntroductionStatus, to: IntroductionStatus): boolean => ALLOWED_TRANSITIONS[from].includes(to);

export const isFinal = (s: IntroductionStatus): boolean => FINAL_STATUSES.includes(s);

/** Throws illegal_transition (or already_done when the target is where we already are and final). */
export function assertTransition(from: IntroductionStatus, to: IntroductionStatus, action: string): void {
  if (canTransition(from, to)) return;
  if (from === to && isFinal(from)) throw new CoreError("already_done", `introduction already ${from}`, { status: from, action });
  throw new CoreError("illegal_transition", `cannot ${action}: introduction is ${from}`, { status: from, to, action });
}

/** Seller actions imply the lead was seen: brings proposed/delivered to viewed, else stays. */
export function viewedStatus(from: IntroductionStatus): IntroductionStatus {
  return from === "proposed" || from === "delivered" ? "viewed" : from;
}

export function assertConversable(status: IntroductionStatus, action: string): void {
  if (!CONVERSABLE_STATUSES.includes(status))
    throw new CoreError("illegal_transition", `cannot ${action}: introduction is ${status}`, { status, action });
}
