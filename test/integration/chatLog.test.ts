// The chat log behind the playground's restored history: appends made at the same moment (a buyer's
// answer and a seller's relay) all land, in order per writer, and only the newest `keep` are kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatStore } from "../../src/adapters/db/chatStore.js";
import { createTestDb, type TestDb } from "../helpers/testDb.js";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.cleanup());

describe("chat log", () => {
  it("keeps every entry of concurrent appends", async () => {
    const chats = createChatStore(t.db);
    await Promise.all(Array.from({ length: 30 }, (_, i) => chats.appendLog("playground", "race", [{ n: i }, { n: i + 100 }])));
    const log = (await chats.log("playground", "race")) as { n: number }[];
    expect(log).toHaveLength(60);
    expect(new Set(log.map((e) => e.n)).size).toBe(60);
    // Each append's two entries stay next to each other and in the order given.
    for (let i = 0; i < log.length; i += 2) expect(log[i + 1]!.n).toBe(log[i]!.n + 100);
  });

  it("trims to the newest entries and leaves the chat's state alone", async () => {
    const chats = createChatStore(t.db);
    await chats.ensure("playground", "trim", { mode: "asking" });
    await chats.appendLog("playground", "trim", [{ n: 1 }, { n: 2 }, { n: 3 }], 4);
    await chats.appendLog("playground", "trim", [{ n: 4 }, { n: 5 }], 4);
    expect(await chats.log("playground", "trim")).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }]);
    await chats.appendLog("playground", "fresh", [{ n: 1 }, { n: 2 }, { n: 3 }], 2);
    expect(await chats.log("playground", "fresh")).toEqual([{ n: 2 }, { n: 3 }]);
    expect((await chats.read("playground", "trim"))?.state).toEqual({ mode: "asking" });
    expect((await chats.read("playground", "fresh"))?.state).toEqual({ mode: "idle" });
  });

  it("stores a pasted NUL as text instead of failing", async () => {
    const chats = createChatStore(t.db);
    await chats.appendLog("playground", "nul", [{ text: "a\u0000b" }]);
    expect(JSON.stringify(await chats.log("playground", "nul"))).not.toContain("\\u0000");
  });
});
