import { describe, expect, it } from "vitest";
import { backoffMs } from "../../../src/core/deals/outboxWorker.js";
import { OUTBOX_KINDS, parseOutboxPayload } from "../../../src/ports/outbox.js";

describe("outbox backoff", () => {
  it("doubles per attempt between half and all of the step, capped, and honours retry-after", () => {
    const lo = () => 0, hi = () => 0.999999;
    expect([1, 2, 3, 4].map((a) => backoffMs(a, 1000, 60_000, lo))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((a) => backoffMs(a, 1000, 60_000, hi))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(20, 1000, 60_000, hi)).toBe(60_000);
    expect(backoffMs(20, 1000, 60_000, lo)).toBe(30_000);
    expect(backoffMs(1, 1000, 60_000, lo, 7_000)).toBe(7_000);
  });

  it("spreads retries of many messages (jitter)", () => {
    const values = new Set(Array.from({ length: 50 }, () => backoffMs(3, 1000, 60_000, Math.random)));
    expect(values.size).toBeGreaterThan(10);
    for (const v of values) expect(v).toBeGreaterThanOrEqual(2000);
  });
});

describe("outbox payloads", () => {
  it("rejects unknown kinds and payloads missing what a channel needs", () => {
    expect(parseOutboxPayload("telepathy", {})).toEqual({ ok: false, problems: ["unknown outbox kind telepathy"] });
    const r = parseOutboxPayload("seller_message", { introductionId: "i", text: "hi" });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.join(" ")).toMatch(/to:|requestId/);
    expect(OUTBOX_KINDS).toEqual(expect.arrayContaining(["lead", "quote", "reminder", "lead_expired", "contacts"]));
  });

  it("accepts a complete buyer-bound message", () => {
    const r = parseOutboxPayload("seller_message", {
      introductionId: "i", requestId: "r", to: { platform: "telegram", externalId: "42", language: "fr" },
      seller: { id: "s", name: "Atlas Argan", country: "MA" }, product: "argan oil", threadMessageId: "m", messageKind: "question", text: "Drums?",
    });
    expect(r.ok).toBe(true);
  });
});
