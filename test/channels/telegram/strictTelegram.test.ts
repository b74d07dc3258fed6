// The strict fake refuses what Telegram refuses (and records it), so tests that pass against it
// would pass against Telegram's limits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Api, GrammyError } from "grammy";
import { startStrictTelegram, telegramViolations, type StrictTelegram } from "../../helpers/strictTelegram.js";

const send = (text: string, extra: Record<string, unknown> = {}) => telegramViolations("sendMessage", { chat_id: 1, text, ...extra });
const html = (text: string) => send(text, { parse_mode: "HTML" });
const keyboard = (buttons: { text: string; callback_data: string }[]) => send("x", { reply_markup: { inline_keyboard: [buttons] } });

describe("telegramViolations", () => {
  it("accepts what Telegram accepts", () => {
    expect(html(`<b>Bold</b> &amp; <i>it &lt;3</i> <a href="https://x.y">l</a> 🐪 ${"x".repeat(4000)}`)).toEqual([]);
    expect(html(`<b>${"&amp;".repeat(4096)}</b>`)).toEqual([]); // 4096 characters once entities are parsed
    expect(keyboard([{ text: "ok", callback_data: "x".repeat(64) }])).toEqual([]);
  });

  it("refuses empty, over-long and badly encoded text", () => {
    expect(send("").join()).toMatch(/empty/);
    expect(send("   ").join()).toMatch(/empty/);
    expect(send("x".repeat(4097)).join()).toMatch(/too long: 4097 > 4096/);
    expect(send("ab\ud83c").join()).toMatch(/UTF-8/);
    expect(send("\udc00ab").join()).toMatch(/UTF-8/);
    expect(telegramViolations("sendMessage", { text: "x" }).join()).toMatch(/chat_id/);
  });

  it("refuses malformed HTML", () => {
    expect(html("a < b").join()).toMatch(/unescaped "<"/);
    expect(html("a > b").join()).toMatch(/unescaped ">"/);
    expect(html("fish & chips").join()).toMatch(/unescaped "&"/);
    expect(html("<b>open").join()).toMatch(/<b> is never closed/);
    expect(html("<b><i>x</b></i>").join()).toMatch(/does not close/);
    expect(html("<div>x</div>").join()).toMatch(/unsupported tag <div>/);
    expect(html("<a>x</a>").join()).toMatch(/without href/);
    expect(send("a < b & c")).toEqual([]); // without parse_mode the text is plain
  });

  it("refuses bad keyboards", () => {
    expect(keyboard([{ text: "x", callback_data: "é".repeat(33) }]).join()).toMatch(/66 bytes/);
    expect(keyboard([{ text: "x", callback_data: "" }]).join()).toMatch(/0 bytes/);
    expect(keyboard([{ text: " ", callback_data: "a" }]).join()).toMatch(/no text/);
    const many = Array.from({ length: 101 }, (_, i) => ({ text: `b${i}`, callback_data: `d${i}` }));
    expect(keyboard(many).join()).toMatch(/101 > 100/);
    expect(telegramViolations("answerCallbackQuery", { callback_query_id: "1", text: "x".repeat(201) }).join()).toMatch(/too long/);
  });
});

describe("strict Telegram server", () => {
  let tg: StrictTelegram;
  let api: Api;
  beforeAll(async () => {
    tg = await startStrictTelegram({ callbackDeadlineMs: 150 });
    api = new Api("123:STRICT-token-abcdefghijklmnop", { apiRoot: tg.url });
  });
  afterAll(async () => tg?.close());

  it("answers good calls, refuses bad ones with 400 and records them", async () => {
    const m = await api.sendMessage(5, "<b>hi</b>", { parse_mode: "HTML" });
    expect(m.message_id).toBeGreaterThan(0);
    const err = await api.sendMessage(5, "<b>hi", { parse_mode: "HTML" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(400);
    expect(tg.messages.map((x) => x.text)).toEqual(["<b>hi</b>"]);
    expect(tg.violations.map((v) => v.method)).toEqual(["sendMessage"]);
  });

  it("answers 429 with retry_after when asked", async () => {
    tg.rateLimit(1, 3);
    const err = (await api.sendMessage(5, "x").catch((e: unknown) => e)) as GrammyError;
    expect(err.error_code).toBe(429);
    expect(err.parameters.retry_after).toBe(3);
    await expect(api.sendMessage(5, "x")).resolves.toBeTruthy();
  });

  it("records a press answered late or never", async () => {
    const before = tg.violations.length;
    tg.pressed("fast");
    await api.answerCallbackQuery("fast");
    expect(tg.check()).toHaveLength(before);
    tg.pressed("late");
    tg.pressed("never");
    await new Promise((r) => setTimeout(r, 250));
    await expect(api.answerCallbackQuery("late")).rejects.toThrow(/too old/);
    const problems = tg.check().slice(before).flatMap((v) => v.problems).join("\n");
    expect(problems).toMatch(/press late answered after/);
    expect(problems).toMatch(/press never not answered/);
  });
});
