import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handle, readState, type ConversationDeps } from "../../../src/core/conversation/index.js";
import type { TestDb } from "../../helpers/testDb.js";
import { buyer, keys, world } from "./world.js";

let t: TestDb;
let deps: ConversationDeps;
beforeAll(async () => {
  ({ t, deps } = await world());
}, 120_000);
afterAll(async () => t?.cleanup());

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
});
