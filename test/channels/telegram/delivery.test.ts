// Outbox → Telegram against the strict fake Bot API: long messages go in valid parts of at most
// 4096 (keyboard on the last), a stalled send is aborted by the outbox's signal and retried
// without a duplicate, a 429 goes back to the outbox with Telegram's retry_after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Api } from "grammy";
import { createTelegramDelivery } from "../../../src/channels/telegram/delivery.js";
import { decode } from "../../../src/channels/telegram/toCommand.js";
import { createBuyerStore } from "../../../src/adapters/db/buyerStore.js";
import { splitHtml } from "../../../src/channels/telegram/splitHtml.js";
import { DeliveryError, type DeliveryResult, type OutboxMessage } from "../../../src/ports/outbox.js";
import { silentLogger } from "../../../src/logger.js";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { htmlProblems, startStrictTelegram, type StrictTelegram } from "../../helpers/strictTelegram.js";

let t: TestDb;
let tg: StrictTelegram;
let api: Api;
beforeAll(async () => {
  t = await createTestDb();
  tg = await startStrictTelegram();
  api = new Api("123456:DELIVERY-token-abcdefghijkl", { apiRoot: tg.url });
});
afterAll(async () => {
  await tg?.close();
  await t?.cleanup();
});

const longText = Array.from({ length: 400 }, (_, i) => `line ${i} <b>bold?</b> & 🐪 caravan`).join("\n");
let seq = 0;
const to = (chat: string) => ({ platform: "telegram" as const, externalId: chat, language: "en" });
const base = (chat: string) => ({ introductionId: "i1", requestId: "r1", to: to(chat), seller: { id: "s1", name: "Atlas <Argan> & Co 🌿".repeat(3), country: "MA" }, product: "argan oil" });
const sellerMessage = (chat: string, text = longText): OutboxMessage => ({
  id: `m${++seq}`, platform: "telegram", kind: "seller_message", deliveryKey: `k${seq}`, threadKey: "th", attempt: 1, createdAt: new Date(),
  payload: { ...base(chat), threadMessageId: "tm1", messageKind: "message", text },
}) as OutboxMessage;
const quote = (chat: string): OutboxMessage => ({
  id: `m${++seq}`, platform: "telegram", kind: "quote", deliveryKey: `k${seq}`, threadKey: "th", attempt: 1, createdAt: new Date(),
  payload: {
    ...base(chat), threadMessageId: "tm2", previous: null,
    quote: { quoteId: "q1", version: 1, unitPrice: "13.2", currency: "EUR", unit: "kg", moq: "500", moqUnit: "kg", leadTimeDays: 21, incoterm: "CIF", incotermPlace: "Rotterdam", validUntil: "2027-02-28", samplesAvailable: true, sampleCost: "0", paymentTerms: "30% deposit", notes: "Notes 😀 <i>".repeat(600), status: "active" },
  },
}) as OutboxMessage;

function context(signal = new AbortController().signal) {
  const c = { saved: null as DeliveryResult | null, signal, checkpoint: async (p: DeliveryResult) => void (c.saved = { ...c.saved, ...p }) };
  return c;
}

describe("splitHtml", () => {
  it("cuts into parts within the limit, each valid HTML, losing no text", () => {
    const html = `<b>Title</b>\n<i>${"word 😀 &amp; &lt;x&gt; ".repeat(700)}</i>\n<a href="https://e.x">${"link ".repeat(300)}</a>${"z".repeat(5000)}`;
    for (const limit of [4096, 1000, 97]) {
      const parts = splitHtml(html, limit);
      expect(parts.length).toBeGreaterThan(1);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(limit);
        expect(htmlProblems(p).problems).toEqual([]);
        expect(p.trim()).not.toBe("");
      }
      const plain = (s: string) => s.replace(/<[^>]*>/g, "").replace(/\s+/g, "");
      expect(plain(parts.join(""))).toBe(plain(html));
    }
    expect(splitHtml("short <b>one</b>")).toEqual(["short <b>one</b>"]);
  });

  it("never cuts a surrogate pair", () => {
    const parts = splitHtml("🐪".repeat(5000), 4096);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join("")).toBe("🐪".repeat(5000));
    expect(parts.every((p) => !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p))).toBe(true);
  });
});

describe("telegram delivery", () => {
  it("sends a long seller message in valid parts and a long quote with its keyboard on the last part", async () => {
    const d = createTelegramDelivery(api, createBuyerStore(t.db), silentLogger);
    await d.deliver(sellerMessage("7001"), context());
    const msgs = tg.messages.filter((m) => m.chatId === "7001");
    expect(msgs.length).toBeGreaterThan(1);
    await d.deliver(quote("7002"), context());
    const q = tg.messages.filter((m) => m.chatId === "7002");
    expect(q.length).toBeGreaterThan(1);
    expect(q.map((m) => Boolean(m.replyMarkup))).toEqual([...q.slice(1).map(() => false), true]);
    expect(tg.check()).toEqual([]);
  });

  it("tells a buyer their watched request finds sellers, with a Search button for that request and the product escaped", async () => {
    const d = createTelegramDelivery(api, createBuyerStore(t.db), silentLogger);
    const m = {
      id: `m${++seq}`, platform: "telegram", kind: "watch_hit", deliveryKey: `k${seq}`, threadKey: "request:r9:buyer", attempt: 1, createdAt: new Date(),
      payload: { requestId: "r9", to: { ...to("7010"), language: "fr" }, product: "riz <basmati> & co" },
    } as OutboxMessage;
    await d.deliver(m, context());
    const [sent] = tg.messages.filter((x) => x.chatId === "7010");
    expect(sent?.text).toBe("🔔 Bonne nouvelle : un vendeur propose maintenant riz &lt;basmati&gt; &amp; co. Appuyez sur le bouton pour voir qui correspond à votre demande.");
    const data = JSON.stringify(sent?.replyMarkup);
    expect(data).toContain("Chercher des fournisseurs");
    expect(decode(JSON.parse(data).inline_keyboard[0][0].callback_data)).toEqual({ kind: "search", requestId: "r9" });
    expect(tg.check()).toEqual([]);
  });

  it("tells a buyer their watch ran out, with buttons to search again and to keep watching", async () => {
    const d = createTelegramDelivery(api, createBuyerStore(t.db), silentLogger);
    const m = {
      id: `m${++seq}`, platform: "telegram", kind: "watch_expired", deliveryKey: `k${seq}`, threadKey: "request:r8:buyer", attempt: 1, createdAt: new Date(),
      payload: { requestId: "r8", to: { ...to("7011"), language: "en" }, product: "quinoa <red>", days: 60 },
    } as OutboxMessage;
    await d.deliver(m, context());
    const [sent] = tg.messages.filter((x) => x.chatId === "7011");
    expect(sent?.text).toBe("🔕 I watched the catalog for quinoa &lt;red&gt; for 60 days and no seller has listed it yet. Your request is kept: search again now, or let me keep watching.");
    const rows = JSON.parse(JSON.stringify(sent?.replyMarkup)).inline_keyboard as { text: string; callback_data: string }[][];
    expect(rows.map((r) => r.map((b) => decode(b.callback_data)))).toEqual([[{ kind: "search", requestId: "r8" }], [{ kind: "watch", requestId: "r8" }]]);
    expect(rows[1]?.[0]?.text).toBe("🔔 Keep watching");
    expect(tg.check()).toEqual([]);
  });

  it("aborts a stalled send when the outbox says so, and the retry sends each part once", async () => {
    const d = createTelegramDelivery(api, createBuyerStore(t.db), silentLogger);
    const ctx = context();
    tg.stall(1500);
    const abort = new AbortController();
    setTimeout(() => abort.abort(new Error("lease running out")), 200);
    const err = await d.deliver(sellerMessage("7003", "hello"), { ...ctx, signal: abort.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).retryable).toBe(true);
    tg.stall(0);
    await d.deliver(sellerMessage("7003", "hello"), ctx);
    await new Promise((r) => setTimeout(r, 1600)); // the stalled request would have landed by now
    expect(tg.messages.filter((m) => m.chatId === "7003").map((m) => m.text)).toHaveLength(1);
  });

  it("hands a 429 back to the outbox with Telegram's retry_after", async () => {
    const d = createTelegramDelivery(api, createBuyerStore(t.db), silentLogger);
    tg.rateLimit(1, 7);
    const err = await d.deliver(sellerMessage("7004", "hi"), context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).options.retryAfterMs).toBe(7000);
    expect(tg.messages.filter((m) => m.chatId === "7004")).toHaveLength(0);
  });
});
