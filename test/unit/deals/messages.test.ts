import { describe, expect, it } from "vitest";
import { t } from "../../../src/locales/index.js";
import { CoreError, ERROR_CODES } from "../../../src/core/errors.js";
import { buyerDeclineReasonKey, dealErrorKeys, declineReasonKey, quoteStatusKey, statusKey } from "../../../src/core/deals/messages.js";
import { BUYER_DECLINE_REASONS, DECLINE_REASONS, INTRODUCTION_STATUSES, QUOTE_STATUSES } from "../../../src/core/deals/types.js";

const REASONED = ["forbidden-not_linked", "forbidden-not_your_lead", "forbidden-not_your_request", "forbidden-unknown_buyer", "forbidden-under_review",
  "rate_limited-open_requests", "conflict-superseded", "conflict-already_accepted"];

describe("deals wording", () => {
  const keys = [
    ...INTRODUCTION_STATUSES.map(statusKey), ...QUOTE_STATUSES.map(quoteStatusKey), ...DECLINE_REASONS.map(declineReasonKey),
    ...[...BUYER_DECLINE_REASONS, "accepted_other"].map(buyerDeclineReasonKey),
    ...ERROR_CODES.filter((c) => c !== "unavailable").map((c) => `deal-error-${c}`), ...REASONED.map((r) => `deal-error-${r}`),
  ];
  for (const lang of ["en", "fr"]) {
    it(`has every status, reason and refusal in ${lang}`, () => {
      const missing = keys.filter((k) => t(lang, k, { status: "x", limit: 1, open: 1, fields: "x" }) === k);
      expect(missing).toEqual([]);
      if (lang === "fr") expect(t("fr", "deal-status-expired")).not.toBe(t("en", "deal-status-expired"));
    });
  }

  it("picks the most specific error key and passes the safe details", () => {
    const e = new CoreError("rate_limited", "internal text", { limit: 3, open: 3, reason: "open_requests" });
    expect(dealErrorKeys(e)).toEqual({ keys: ["deal-error-rate_limited-open_requests", "deal-error-rate_limited"], args: { limit: 3, open: 3 } });
    const v = dealErrorKeys(new CoreError("invalid_input", "x", { fields: [{ field: "unitPrice", message: "must be more than 0" }] }));
    expect(t("en", v.keys[0]!, v.args)).toBe("Please check: unitPrice must be more than 0");
  });
});
