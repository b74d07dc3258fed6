// The quote form as Discord receives it: a revision of a quote with the longest notes the core
// accepts still opens (Discord refuses a modal whose prefilled value exceeds its box).
import { describe, expect, it } from "vitest";
import { draftFromQuote, parseQuoteForm, quoteModal } from "../../../src/channels/discord/quoteModal.js";
import type { QuoteFacts } from "../../../src/ports/outbox.js";

const quote = {
  quoteId: "q1", version: 1, unitPrice: "13.2", currency: "EUR", unit: "kg", moq: "500", moqUnit: "kg", leadTimeDays: 21,
  incoterm: "CIF", incotermPlace: "Rotterdam", validUntil: "2027-02-28", notes: "n".repeat(1000), status: "active",
} as QuoteFacts;

describe("quote modal", () => {
  it("prefills a revision within every box's limit and reads back the same quote", () => {
    const modal = quoteModal("en", "i1", draftFromQuote(quote), { revise: true });
    const boxes = modal.components.flatMap((row) => ("components" in row ? (row.components as { custom_id: string; value?: string; max_length: number }[]) : []));
    for (const b of boxes) expect(b.value?.length ?? 0).toBeLessThanOrEqual(b.max_length);
    const values = Object.fromEntries(boxes.map((b) => [b.custom_id, b.value ?? ""]));
    expect(parseQuoteForm(values)).toMatchObject({ ok: true, quote: { unitPrice: "13.2", currency: "EUR", moq: "500", leadTimeDays: "21", incoterm: "CIF", validUntil: "2027-02-28", notes: "n".repeat(1000) } });
  });
});
