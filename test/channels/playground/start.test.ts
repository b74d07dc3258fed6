// `npm install && npm start` on a fresh machine: a fresh data directory, no configuration. The
// process prints the playground's address, seeds the demo catalog and then serves every demo
// seller; a second start finds the catalog and does not seed again.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_CATALOG_DIR } from "../../../src/channels/playground/service.js";
import { freePort } from "../../helpers/freePort.js";

const root = path.resolve(import.meta.dirname, "../../..");


/** Starts `src/main.ts` as npm start does; resolves with the output once `until` appears. */
function start(env: Record<string, string>, until: RegExp): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", ...env },
  });
  const output = new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no ${String(until)} within 100 s; output:\n${out}`)), 100_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (until.test(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`exited ${code} before ${String(until)}; output:\n${out}`)));
  });
  return { child, output };
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGINT");
  });

describe("npm start on a fresh data directory", { timeout: 120_000 }, () => {
  it("prints the address, seeds the demo catalog once and serves its sellers", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "caravan-fresh-"));
    const port = await freePort();
    const env = { CARAVAN_DATA_DIR: dataDir, PORT: String(port) };

    const first = start(env, /demo catalog seeded/);
    try {
      expect(await first.output).toContain(`Playground: http://127.0.0.1:${port}`);
      const status = (await (await fetch(`http://127.0.0.1:${port}/api/status`)).json()) as { ready: boolean };
      expect(status.ready).toBe(true);
      const { sellers } = (await (await fetch(`http://127.0.0.1:${port}/api/sellers`)).json()) as { sellers: { name: string }[] };
      // Every demo file adds sellers; a few per file at least.
      expect(sellers.length).toBeGreaterThanOrEqual(readdirSync(DEMO_CATALOG_DIR).filter((f) => f.endsWith(".csv")).length);
    } finally {
      expect(await stop(first.child)).toBe(0);
    }

    const second = start(env, /Caravan is up/);
    try {
      expect(await second.output).not.toMatch(/seeding the demo catalog/);
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
  });
});
