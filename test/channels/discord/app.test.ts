// npm start's composition with DISCORD_BOT_TOKEN set: the seller desk is one of the app's services,
// it talks to DISCORD_API_URL (here a fake Discord on 127.0.0.1) and its deliveries go through the
// app's own outbox worker.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../src/app.js";
import { configFrom } from "../../../src/config.js";
import { silentLogger } from "../../../src/logger.js";
import { appDatabaseEnv, type TestDb } from "../../helpers/testDb.js";
import { FakeDiscord, IDS } from "./fakeDiscord.js";

let fake: FakeDiscord;
let app: App;
let t: TestDb | null = null;

beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
  const { t: db, env: dbEnv } = await appDatabaseEnv();
  t = db;
  app = await createApp(configFrom({
    ...dbEnv, DISCORD_BOT_TOKEN: "app-test-token", DISCORD_APP_ID: IDS.app, DISCORD_LEADS_CHANNEL_ID: IDS.leads, DISCORD_API_URL: `${fake.url}/api`,
  }), silentLogger);
  await app.start();
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await t?.cleanup();
  await fake?.close();
});

describe("npm start with DISCORD_BOT_TOKEN", () => {
  it("starts the seller desk against DISCORD_API_URL, without the playground", () => {
    const names = app.services.map((s) => s.name);
    expect(names).toContain("discord seller desk");
    expect(names.some((n) => /playground/i.test(n))).toBe(false);
    expect(fake.requests.some((r) => r.method === "GET" && r.path === "/api/v10/gateway/bot")).toBe(true);
  });
});
