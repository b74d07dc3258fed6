// The desk's admin scripts as a user runs them: npm run discord:deploy against a fake Discord
// REST server, and npm run sellers:rotate-code on a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDb, usingPostgres, type TestDb } from "../../helpers/testDb.js";
import { startFakeHttp, type FakeHttp } from "../../helpers/fakeHttp.js";
import { openDatabase, type Database } from "../../../src/adapters/db/database.js";
import { migrate } from "../../../src/adapters/db/migrate.js";
import { runCli as run } from "../../helpers/runCli.js";

let t: TestDb | null = null;
let dbEnv: Record<string, string>;
let fake: FakeHttp;
let sellerId: string;

async function openDb(): Promise<Database> {
  return t ? t.db : openDatabase({ dataDir: dbEnv.CARAVAN_DATA_DIR });
}

beforeAll(async () => {
  fake = await startFakeHttp();
  let db: Database;
  if (usingPostgres()) {
    t = await createTestDb();
    db = t.db;
    dbEnv = { DATABASE_URL: t.url! };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "caravan-discord-"));
    db = await openDatabase({ dataDir: dir });
    await migrate(db);
    dbEnv = { CARAVAN_DATA_DIR: dir };
  }
  const s = await db.prisma.seller.create({ data: { name: "Atlas Argan Coop", country: "MA", claimCode: "CRV-AAAA-BBBB" } });
  sellerId = s.id;
  await db.prisma.sellerMember.create({ data: { sellerId: s.id, platform: "discord", externalId: "555000000000000001" } });
  if (!t) await db.close();
}, 120_000);
afterAll(async () => {
  await fake?.close();
  await t?.cleanup();
});


describe("discord:deploy", () => {
  it("registers the six commands for the guild", async () => {
    fake.route("PUT /api/v10/applications/400000000000000001/guilds/400000000000000002/commands", (r) => ({ body: r.body }));
    const r = await run("discord-deploy", [], {
      ...dbEnv, DISCORD_BOT_TOKEN: "tok", DISCORD_APP_ID: "400000000000000001", DISCORD_GUILD_ID: "400000000000000002",
      DISCORD_LEADS_CHANNEL_ID: "400000000000000003", DISCORD_API_URL: `${fake.url}/api`,
    });
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Registered 6 commands for guild 400000000000000002: /link /unlink /profile /language /leads /catalog");
    const body = fake.requests.at(-1)!.body as { name: string; options?: { name: string; required: boolean }[] }[];
    expect(body.find((c) => c.name === "link")?.options?.[0]).toMatchObject({ name: "code", required: true });
    // /language offers one choice per locale file, so Arabic is there although Discord's apps lack it.
    expect(body.find((c) => c.name === "language")?.options?.[0]).toMatchObject({ name: "language", required: true, choices: expect.arrayContaining([{ name: "العربية", value: "ar" }]) });
    // /catalog upload takes a required attachment (option type 11); /catalog status takes none.
    const catalog = body.find((c) => c.name === "catalog") as unknown as { options: { type: number; name: string; options?: { type: number; name: string; required: boolean }[] }[] };
    expect(catalog.options.map((o) => [o.type, o.name])).toEqual([[1, "upload"], [1, "status"]]);
    expect(catalog.options[0]!.options).toEqual([expect.objectContaining({ type: 11, name: "file", required: true })]);
  }, 90_000);

  it("registers them globally without DISCORD_GUILD_ID", async () => {
    fake.route("PUT /api/v10/applications/400000000000000001/commands", (r) => ({ body: r.body }));
    const r = await run("discord-deploy", [], {
      ...dbEnv, DISCORD_BOT_TOKEN: "tok", DISCORD_APP_ID: "400000000000000001", DISCORD_LEADS_CHANNEL_ID: "400000000000000003", DISCORD_API_URL: `${fake.url}/api`,
    });
    expect(r.code).toBe(0);
    expect(r.out).toContain("Registered 6 commands for all servers (global: may take up to an hour to appear)");
    expect(fake.requests.at(-1)).toMatchObject({ method: "PUT", path: "/api/v10/applications/400000000000000001/commands" });
  }, 90_000);
});

describe("sellers:rotate-code", () => {
  it("gives the seller a new code and, with --unlink, removes linked accounts", async () => {
    const r = await run("rotate-claim-code", ["atlas argan coop", "--unlink"], dbEnv);
    expect(r.code).toBe(0);
    const code = /new claim code (CRV-\w{4}-\w{4})/.exec(r.out)?.[1];
    expect(code).toBeDefined();
    expect(r.out).toContain("1 Discord accounts unlinked");
    const db = await openDb();
    try {
      expect((await db.prisma.seller.findUniqueOrThrow({ where: { id: sellerId } })).claimCode).toBe(code);
      expect(await db.prisma.sellerMember.count({ where: { sellerId } })).toBe(0);
    } finally {
      if (!t) await db.close();
    }
    const missing = await run("rotate-claim-code", ["Nobody Ltd"], dbEnv);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no seller named "Nobody Ltd"');
  }, 90_000);
});
