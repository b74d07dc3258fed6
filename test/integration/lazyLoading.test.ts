// `npm start` with nothing configured must not load a chat or vendor SDK; configuring one loads
// it (the second half proves the recorder sees what it should). Each case is a real child process
// with only the given environment, its resolved modules recorded by an ESM resolve hook.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

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
