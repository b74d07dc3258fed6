// A press still waiting in the queue is answered before Telegram's deadline, once: the handler's
// own answer afterwards is skipped; a press the handler answers in time is not answered twice.
import { describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { createPressDeadline } from "../../../src/channels/telegram/pressDeadline.js";

const press = (id: string) => ({ update_id: 1, callback_query: { id, from: { id: 1, is_bot: false, first_name: "A" }, chat_instance: "c", data: "x" } }) as Update;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("press deadline", () => {
  it("answers a press the handler has not answered in time, and skips the handler's late answer", async () => {
    const early: string[] = [];
    const sent: string[] = [];
    const d = createPressDeadline(async (id) => void early.push(id), 50);
    const prev = (async (_m: string, p: { callback_query_id: string }) => {
      sent.push(p.callback_query_id);
      return { ok: true, result: true };
    }) as never;
    d.watch(press("slow"));
    d.watch(press("fast"));
    await d.transformer(prev, "answerCallbackQuery", { callback_query_id: "fast" } as never);
    await sleep(120);
    expect(early).toEqual(["slow"]);
    await d.transformer(prev, "answerCallbackQuery", { callback_query_id: "slow", text: "late" } as never);
    expect(sent).toEqual(["fast"]);
    d.watch(press("fast")); // a redelivered press already answered is not answered again
    await sleep(120);
    expect(early).toEqual(["slow"]);
    d.stop();
  });
});
