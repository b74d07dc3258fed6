import { describe, expect, it } from "vitest";
import { ALLOWED_TRANSITIONS, assertTransition, canTransition, viewedStatus } from "../../../src/core/deals/introductionStatus.js";
import { INTRODUCTION_STATUSES, type IntroductionStatus } from "../../../src/core/deals/types.js";
import { CoreError } from "../../../src/core/errors.js";

// The agreed life cycle, written out pair by pair so any change to the table shows up here.
const EXPECTED: [IntroductionStatus, IntroductionStatus][] = [
  ["proposed", "delivered"], ["proposed", "viewed"], ["proposed", "declined_by_buyer"], ["proposed", "declined_by_seller"], ["proposed", "expired"],
  ["delivered", "viewed"], ["delivered", "declined_by_buyer"], ["delivered", "declined_by_seller"], ["delivered", "expired"],
  ["viewed", "quoted"], ["viewed", "declined_by_buyer"], ["viewed", "declined_by_seller"], ["viewed", "expired"],
  ["quoted", "accepted"], ["quoted", "declined_by_buyer"], ["quoted", "declined_by_seller"],
];

describe("introduction status machine", () => {
  it("allows exactly the agreed transitions", () => {
    const allowed: string[] = [];
    for (const from of INTRODUCTION_STATUSES) for (const to of INTRODUCTION_STATUSES) if (canTransition(from, to)) allowed.push(`${from}→${to}`);
    expect(allowed.sort()).toEqual(EXPECTED.map(([a, b]) => `${a}→${b}`).sort());
  });

  it("has no way out of a final status", () => {
    for (const s of ["accepted", "declined_by_buyer", "declined_by_seller", "expired"] as const) expect(ALLOWED_TRANSITIONS[s]).toEqual([]);
  });

  it("throws illegal_transition for a forbidden move, already_done for repeating a final one", () => {
    const illegal = (() => { try { assertTransition("expired", "quoted", "quote"); } catch (e) { return e; } })();
    expect(illegal).toBeInstanceOf(CoreError);
    expect(illegal).toMatchObject({ code: "illegal_transition", details: { status: "expired", to: "quoted", action: "quote" } });
    expect(() => assertTransition("declined_by_seller", "declined_by_seller", "decline")).toThrow(expect.objectContaining({ code: "already_done" }));
    expect(() => assertTransition("proposed", "accepted", "accept")).toThrow(expect.objectContaining({ code: "illegal_transition" }));
    expect(() => assertTransition("viewed", "quoted", "quote")).not.toThrow();
  });

  it("treats any seller action on an unseen lead as viewing it", () => {
    expect(viewedStatus("proposed")).toBe("viewed");
    expect(viewedStatus("delivered")).toBe("viewed");
    expect(viewedStatus("quoted")).toBe("quoted");
    expect(viewedStatus("expired")).toBe("expired");
  });
});
