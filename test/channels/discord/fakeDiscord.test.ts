// The fake Discord refuses what Discord refuses, with Discord's codes, and records each refusal:
// a test asserting zero violations is only as good as these checks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeDiscord, IDS, interaction } from "./fakeDiscord.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
});
afterAll(async () => fake?.close());

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; code?: number }> {
  const res = await fetch(`${fake.url}/api/v10${path}`, { method, headers: { "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, ...(text ? { code: (JSON.parse(text) as { code?: number }).code } : {}) };
}

describe("strict fake Discord", () => {
  it("refuses limit violations and invalid UTF-8, and records them", async () => {
    const thread = await (await fetch(`${fake.url}/api/v10/channels/${IDS.leads}/threads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "lead" }) })).json() as { id: string };
    const before = fake.violations.length;
    expect(await call("POST", `/channels/${thread.id}/messages`, { content: "x".repeat(2001) })).toMatchObject({ status: 400, code: 50035 });
    expect(await call("POST", `/channels/${thread.id}/messages`, { content: "ok" })).toMatchObject({ status: 200 });
    // JSON.stringify writes a lone surrogate as \ud83c, which Discord cannot decode as UTF-8.
    expect(await call("POST", `/channels/${thread.id}/messages`, { content: "🫒".slice(0, 1) })).toMatchObject({ status: 400, code: 50109 });
    expect(await call("POST", `/channels/${thread.id}/messages`, { embeds: [{ title: "t".repeat(257) }] })).toMatchObject({ code: 50035 });
    expect(await call("POST", `/channels/${thread.id}/messages`, { embeds: [{ fields: Array.from({ length: 7 }, () => ({ name: "n", value: "v".repeat(1000) })) }] })).toMatchObject({ code: 50035 });
    expect(await call("POST", `/channels/${thread.id}/messages`, { components: [{ type: 1, components: [{ type: 2, custom_id: "c".repeat(101), label: "x" }] }] })).toMatchObject({ code: 50035 });
    expect(await call("POST", `/channels/${IDS.leads}/threads`, { name: "n".repeat(101) })).toMatchObject({ code: 50035 });
    expect(fake.violations.length - before).toBe(6);
  });

  it("answers an interaction once, within 3 seconds; modals within their limits", async () => {
    // The short deadline only for the late interaction: on a loaded machine the first one's three
    // calls can take more than 200 ms between them.
    const ia = interaction("1", IDS.leads, 2, { name: "profile" });
    fake.dispatch("INTERACTION_CREATE", ia);
    expect(await call("POST", `/interactions/${ia.id}/${ia.token}/callback`, { type: 9, data: { custom_id: "m", title: "t".repeat(46), components: [] } })).toMatchObject({ code: 50035 });
    expect(await call("POST", `/interactions/${ia.id}/${ia.token}/callback`, { type: 5, data: { flags: 64 } })).toMatchObject({ status: 204 });
    expect(await call("POST", `/interactions/${ia.id}/${ia.token}/callback`, { type: 4, data: { content: "again" } })).toMatchObject({ code: 40060 });
    fake.interactionDeadlineMs = 200;
    const late = interaction("1", IDS.leads, 2, { name: "profile" });
    fake.dispatch("INTERACTION_CREATE", late);
    await new Promise((r) => setTimeout(r, 300));
    expect(await call("POST", `/interactions/${late.id}/${late.token}/callback`, { type: 5, data: {} })).toMatchObject({ status: 404, code: 10062 });
    fake.interactionDeadlineMs = 3000;
  });

  it("refuses a member on an archived thread (50083) and threads past the active cap (160006)", async () => {
    fake.activeThreadCap = fake.activeThreads() + 1;
    const made = await (await fetch(`${fake.url}/api/v10/channels/${IDS.leads}/threads`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "cap" }) })).json() as { id: string };
    expect(await call("POST", `/channels/${IDS.leads}/threads`, { name: "over" })).toMatchObject({ status: 400, code: 160006 });
    expect(await call("PATCH", `/channels/${made.id}`, { archived: true })).toMatchObject({ status: 200 });
    expect(await call("PUT", `/channels/${made.id}/thread-members/42`)).toMatchObject({ status: 400, code: 50083 });
    expect(await call("POST", `/channels/${IDS.leads}/threads`, { name: "fits now" })).toMatchObject({ status: 200 });
    fake.activeThreadCap = 1000;
  });
});
