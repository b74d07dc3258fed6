import { describe, expect, it } from "vitest";
import { handle, handleOnce, readState, turnSent, type ConversationDeps } from "../../../src/core/conversation/index.js";
import { TURNS_KEPT } from "../../../src/ports/chatStore.js";
import type { TestDb } from "../../helpers/testDb.js";
import { buyer, keys, only, pressable, useWorld } from "./world.js";
import { buyerSays } from "../../../src/core/deals/index.js";

let t: TestDb;
let deps: ConversationDeps;
useWorld((w) => ({ t, deps } = w));

describe("chat store and turns", () => {
  it("refuses a save that lost the race", async () => {
    const first = await deps.chats.load("telegram", "race-1");
    expect(await deps.chats.save("telegram", "race-1", first.version, { v: 1, mode: "idle" })).toBe(true);
    expect(await deps.chats.save("telegram", "race-1", first.version, { v: 1, mode: "profile", step: "company" })).toBe(false);
    expect(readState((await deps.chats.load("telegram", "race-1")).state)).toEqual({ mode: "idle" });
  });

  it("runs a turn again on the fresh state when its save lost, so the state stays consistent", async () => {
    const b = await buyer(deps, "en");
    let saves = 0;
    // Another turn saves first, once: the first save of this turn is refused.
    const racing: ConversationDeps = { ...deps, chats: { ...deps.chats, save: async (...a) => (++saves === 1 ? false : deps.chats.save(...a)) } };
    expect(keys(await handle(racing, b.ref, { kind: "profile" }))).toEqual(["tg-profile-ask-company"]);
    expect(saves).toBe(2);
    expect(readState((await deps.chats.load("playground", b.ref.chatId)).state)).toEqual({ mode: "profile", step: "company" });
  });

  it("reads unversioned rows written before the schema had a version, and anything unknown as idle", () => {
    expect(readState({ mode: "edit", requestId: "r1" })).toEqual({ mode: "edit", requestId: "r1" });
    expect(readState({ v: 99, mode: "edit", requestId: "r1" })).toEqual({ mode: "idle" });
    expect(readState("garbage")).toEqual({ mode: "idle" });
  });

  it("runs a keyed turn once: the same key gets the recorded replies back, with how many were sent", async () => {
    const b = await buyer(deps, "en");
    const first = await handleOnce(deps, b.ref, { kind: "text", text: "I need organic argan oil" }, "u-1");
    expect(first).toMatchObject({ replayed: false, sent: 0, lang: "en" });
    const requests = await deps.requests.list(b.ref.buyerId, 10);
    expect(requests).toHaveLength(1);
    const saved = await deps.chats.load("playground", b.ref.chatId);
    await turnSent(deps, b.ref, "u-1", 1, 2);
    await turnSent(deps, b.ref, "u-1", 0, 2); // a late, lower count never moves it back
    const again = await handleOnce(deps, b.ref, { kind: "text", text: "I need organic argan oil" }, "u-1");
    expect(again).toEqual({ ...first, replayed: true, sent: 1 });
    // Every message out: the record keeps the key and the count, not the replies.
    await turnSent(deps, b.ref, "u-1", 2, 2);
    expect(await handleOnce(deps, b.ref, { kind: "text", text: "I need organic argan oil" }, "u-1")).toEqual({ replies: [], lang: "en", sent: 2, replayed: true });
    expect(await deps.requests.list(b.ref.buyerId, 10)).toHaveLength(1);
    expect((await deps.chats.load("playground", b.ref.chatId)).version).toBe(saved.version);
    // Another key is another turn: the answer to the question.
    expect(keys((await handleOnce(deps, b.ref, { kind: "text", text: "2 tonnes" }, "u-2")).replies)).toEqual(["clarify-destination"]);
  });

  it("records a turn that changed no state, and keeps the last turns only", async () => {
    const b = await buyer(deps, "en");
    for (let i = 0; i < TURNS_KEPT + 2; i++) await handleOnce(deps, b.ref, { kind: "help" }, `h-${i}`);
    const turns = (await deps.chats.load("playground", b.ref.chatId)).turns as { key: string }[];
    expect(turns.map((x) => x.key)).toEqual(Array.from({ length: TURNS_KEPT }, (_, i) => `h-${i + 2}`));
    expect((await handleOnce(deps, b.ref, { kind: "help" }, `h-${TURNS_KEPT + 1}`)).replayed).toBe(true);
    expect((await handleOnce(deps, b.ref, { kind: "help" }, "h-0")).replayed).toBe(false);
  });

  it("a redone message to a seller that its first run already wrote is answered as sent, and written once", async () => {
    const b = await buyer(deps, "en");
    const card = only(await b.say("We need 2 tonnes of organic argan oil to Rotterdam"), "requestCard");
    const shortlist = only(await b.press(pressable(card, "search")), "shortlist");
    await b.press(pressable(shortlist, "introduce"));
    const intro = await t.db.prisma.introduction.findFirstOrThrow({ where: { request: { buyerId: b.ref.buyerId } } });
    expect(keys(await b.press({ kind: "write", introductionId: intro.id }))).toEqual(["tg-ask-prompt"]);
    // The first run wrote the message and died before the turn was saved: the chat still waits for it.
    const text = "Can you ship in March?";
    await buyerSays(deps.deals, b.ref.actor, { introductionId: intro.id, text, clientKey: "u-77" });
    const redo = await handleOnce(deps, b.ref, { kind: "text", text, clientKey: "u-77" }, "u-77");
    expect(keys(redo.replies)).toEqual(["tg-message-sent"]);
    expect(await t.db.prisma.threadMessage.count({ where: { introductionId: intro.id, authorSide: "buyer" } })).toBe(1);
    expect(readState((await deps.chats.load("playground", b.ref.chatId)).state)).toEqual({ mode: "idle" });
  });
});
