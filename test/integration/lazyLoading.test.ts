// `npm start` with nothing configured must not load a chat or vendor SDK; configuring one loads
// it (the second half proves the recorder sees what it should). Each admin command loads only what
// it uses: no SDK, no app, no `pg` on PGlite and no PGlite on Postgres, no Prisma where it runs
// plain SQL. Each case is a real child process with only the given environment, its resolved
// modules recorded by an ESM resolve hook (plus the CommonJS modules it required).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const exec = promisify(execFile);
const SDKS = { discord: "/node_modules/discord.js/", grammy: "/node_modules/grammy/", openai: "/node_modules/openai/", pinecone: "/node_modules/@pinecone-database/pinecone/" };

async function loadedSdks(env: Record<string, string>): Promise<string[]> {
  const r = await exec(process.execPath, ["--import", "tsx", "--import", "./test/helpers/loadRecorder.mjs", "test/helpers/buildAppChild.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "silent", CARAVAN_DATA_DIR: "memory://", ...env },
    timeout: 60_000,
  });
  const urls = JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "[]") as string[];
  expect(urls.some((u) => u.endsWith("/src/app.ts"))).toBe(true);
  return Object.entries(SDKS).filter(([, dir]) => urls.some((u) => u.includes(dir))).map(([name]) => name).sort();
}

describe("what npm start loads", () => {
  it("loads no chat or vendor SDK when nothing is configured", async () => {
    expect(await loadedSdks({})).toEqual([]);
  }, 90_000);

  it("loads exactly the SDKs of what is configured", async () => {
    const loaded = await loadedSdks({
      TELEGRAM_BOT_TOKEN: "123456:lazy-loading-test-token-not-real", OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: "http://127.0.0.1:9/v1",
      PINECONE_API_KEY: "pc-test", PINECONE_HOST: "http://127.0.0.1:9",
    });
    expect(loaded).toEqual(["grammy", "openai", "pinecone"]);
  }, 90_000);
});

// What an admin command must not load, by the module URL's telling part.
const HEAVY = {
  ...SDKS,
  app: "/src/app.ts", wiring: "/src/wiring.ts", channels: "/src/channels/",
  pg: "/node_modules/pg/", "adapter-pg": "/node_modules/@prisma/adapter-pg/",
  pglite: "/node_modules/@electric-sql/pglite/",
  prisma: "/src/generated/prisma/", "prisma-runtime": "/node_modules/@prisma/client/runtime/",
  "chrono-all-locales": "/node_modules/chrono-node/dist/esm/index.js", "chrono-ja": "/node_modules/chrono-node/dist/esm/locales/ja/",
};
type Heavy = keyof typeof HEAVY;

describe("what each admin command loads", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "caravan-lazy-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Runs `node --import tsx scripts/NAME.ts ARGS` as its npm script does; returns the heavy parts it
  // loaded, and whether it loaded `marker` (proof that the record holds what the command did load).
  let runs = 0;
  async function load(script: string, args: string[], env: Record<string, string>, marker: string): Promise<{ heavy: Heavy[]; marker: boolean }> {
    const record = path.join(dir, `record-${++runs}.txt`);
    await exec(process.execPath, ["--import", "tsx", "--import", "./test/helpers/loadRecorder.mjs", `scripts/${script}.ts`, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "silent", CARAVAN_LOAD_RECORD: record, ...env },
      timeout: 120_000,
    }).catch((e: { code?: number }) => {
      // A command that fails (no database on the Postgres URL below) still shows what it loaded.
      if (typeof e.code !== "number") throw e;
    });
    const urls = readFileSync(record, "utf8").split("\n");
    return {
      heavy: (Object.keys(HEAVY) as Heavy[]).filter((k) => urls.some((u) => u.includes(HEAVY[k]))).sort(),
      marker: urls.some((u) => u.includes(marker)),
    };
  }
  const pglite = () => ({ CARAVAN_DATA_DIR: path.join(dir, "data") });

  // The commands that only run SQL: neither Prisma nor pg on the embedded database.
  for (const [script, args] of [["sellers", []], ["outbox", []], ["buyers", []], ["stats", []]] as const) {
    it(`npm run ${script} on PGlite: PGlite and SQL only`, async () => {
      const r = await load(script, [...args], pglite(), `/scripts/${script}.ts`);
      expect(r.marker).toBe(true);
      expect(r.heavy).toEqual(["pglite"]);
    }, 180_000);
  }

  it("npm run match on PGlite: the matching core and Prisma, no app, no pg, one chrono locale set", async () => {
    const r = await load("match", ["--json", "2 tonnes of argan oil to Rotterdam before 15 March"], pglite(), "/chrono-node/dist/esm/locales/fr/");
    expect(r.marker).toBe(true);
    expect(r.heavy).toEqual(["pglite", "prisma", "prisma-runtime"]);
  }, 180_000);

  it("npm run parse: the rules parser alone, no database at all", async () => {
    const r = await load("parse", ["2 tonnes of argan oil to Rotterdam before 15 March"], pglite(), "/src/core/extraction/rulesParser.ts");
    expect(r.marker).toBe(true);
    expect(r.heavy).toEqual([]);
  }, 180_000);

  it("npm run sellers on Postgres: pg, never PGlite (the server need not answer)", async () => {
    const r = await load("sellers", [], { DATABASE_URL: "postgresql://caravan@127.0.0.1:9/none" }, "/node_modules/pg-pool/");
    expect(r.marker).toBe(true);
    expect(r.heavy).toEqual(["pg"]);
  }, 180_000);
});
