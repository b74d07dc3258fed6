// Drives `src/main.ts` as a user would: a real process, real signals, real exit codes.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../helpers/freePort.js";

const root = path.resolve(import.meta.dirname, "../..");

function run(env: Record<string, string>, { untilOutput, signal, preload = [] }: { untilOutput?: RegExp; signal?: NodeJS.Signals; preload?: string[] } = {}) {
  return new Promise<{ code: number | null; out: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...preload.flatMap((p) => ["--import", p]), "src/main.ts"], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", ...env },
    });
    let out = "";
    let signalled = false;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`timed out; output so far:\n${out}`));
    }, 110_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (untilOutput && signal && !signalled && untilOutput.test(out)) {
        signalled = true;
        child.kill(signal);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

// Start-up runs migrations on a fresh PGlite directory: slow on a loaded CI machine.
describe("npm start", { timeout: 120_000 }, () => {
  it("comes up on embedded PGlite with no configuration and exits 0 on SIGINT", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "caravan-start-"));
    const port = await freePort();
    const r = await run({ CARAVAN_DATA_DIR: dataDir, PORT: String(port) }, { untilOutput: /Caravan is up/, signal: "SIGINT" });
    expect(r.out).toContain("embedded PGlite");
    expect(r.out).toContain(`Playground: http://127.0.0.1:${port}`);
    expect(r.out).toContain("set TELEGRAM_BOT_TOKEN");
    expect(r.out).toContain("stopped cleanly");
    expect(r.code).toBe(0);
  });

  it("keeps running after a stray promise rejection (logged), and still stops cleanly", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "caravan-start-"));
    const stray = path.join(root, "test/helpers/strayRejection.mjs");
    const r = await run({ CARAVAN_DATA_DIR: dataDir, PORT: String(await freePort()) }, { untilOutput: /Caravan is up[\s\S]*unhandled promise rejection|unhandled promise rejection[\s\S]*Caravan is up/, signal: "SIGINT", preload: [stray] });
    expect(r.out).toContain("stray rejection for the test");
    expect(r.out).toContain("stopped cleanly");
    expect(r.code).toBe(0);
  });

  it("exits 0 on SIGTERM too", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "caravan-start-"));
    const r = await run({ CARAVAN_DATA_DIR: dataDir, PORT: String(await freePort()) }, { untilOutput: /Caravan is up/, signal: "SIGTERM" });
    expect(r.code).toBe(0);
  });

  it("prints every configuration problem in one message and exits 1, without a stack trace", async () => {
    const r = await run({ DATABASE_URL: "nonsense", LOG_LEVEL: "loud", OPENAI_API_KEY: "sk-should-not-appear" });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    expect(r.out).toMatch(/LOG_LEVEL: must be one of/);
    expect(r.out).not.toMatch(/\n\s+at /);
    expect(r.out).not.toContain("sk-should-not-appear");
  });

  it("explains a refused Telegram token and a busy port in one sentence each, exit 1, no stack trace", async () => {
    // A Bot API that refuses every token, as Telegram does for a revoked one.
    const refusing = createServer((_req, res) => res.writeHead(401, { "content-type": "application/json" }).end('{"ok":false,"error_code":401,"description":"Unauthorized"}'));
    const apiPort = await freePort();
    await new Promise<void>((ok) => refusing.listen(apiPort, "127.0.0.1", ok));
    try {
      const token = "123456:revoked-token-should-not-appear";
      const r = await run({ CARAVAN_DATA_DIR: "memory://", TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: `http://127.0.0.1:${apiPort}`, PORT: String(await freePort()) });
      expect(r.code).toBe(1);
      expect(r.out).toContain("Caravan could not start: Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized)");
      expect(r.out).not.toMatch(/\n\s+at /);
      expect(r.out).not.toContain("revoked-token-should-not-appear");
    } finally {
      await new Promise((ok) => refusing.close(ok));
    }

    const busy: Server = createServer();
    const port = await freePort();
    await new Promise<void>((ok) => busy.listen(port, "127.0.0.1", ok));
    try {
      const r = await run({ CARAVAN_DATA_DIR: "memory://", PORT: String(port) });
      expect(r.code).toBe(1);
      expect(r.out).toMatch(new RegExp(`Caravan could not start: .*port ${port}\\b.* already in use.*set PORT`, "i"));
      expect(r.out).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((ok) => busy.close(ok));
    }
  });
});
