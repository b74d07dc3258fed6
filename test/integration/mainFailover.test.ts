// `npm start` (src/main.ts) as a real process on real Postgres, serving the playground (no chat
// tokens): every backend of its database is terminated, idle and with requests in flight, and the
// process must neither exit nor stop answering. Before the fix the LISTEN client's unhandled
// 'error' event (57P01) ended it with exit code 1.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabaseEnv, usingPostgres, type TestDb } from "../helpers/testDb.js";
import { freePort } from "../helpers/freePort.js";
import { terminateBackends } from "../helpers/pgFaults.js";

const root = path.resolve(import.meta.dirname, "../..");
const SKIP = "needs TEST_DATABASE_URL=postgresql://… (real Postgres backends to terminate); skipped on PGlite";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!usingPostgres())(`npm start survives a database failover (${SKIP})`, { timeout: 180_000 }, () => {
  let t: TestDb | null;
  let url: string;
  let child: ChildProcess;
  let base: string;
  let out = "";
  let exitCode: number | null | undefined;

  beforeAll(async () => {
    const d = await appDatabaseEnv();
    t = d.t;
    url = d.env.DATABASE_URL!;
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", DATABASE_URL: url, PORT: String(port), DATABASE_POOL_SIZE: "4" },
    });
    child.stdout!.on("data", (b: Buffer) => (out += b.toString()));
    child.stderr!.on("data", (b: Buffer) => (out += b.toString()));
    child.on("exit", (code) => (exitCode = code));
    const until = Date.now() + 150_000;
    for (;;) {
      if (exitCode !== undefined) throw new Error(`npm start exited with ${exitCode}:\n${out}`);
      if (Date.now() > until) throw new Error(`playground never became ready:\n${out}`);
      const ready = await fetch(`${base}/api/status`).then(async (r) => ((await r.json()) as { ready?: boolean }).ready === true, () => false);
      if (ready) break;
      await sleep(250);
    }
  }, 170_000);

  afterAll(async () => {
    if (child && exitCode === undefined) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await t?.cleanup();
  });

  const buyerSays = (session: string, text: string) =>
    fetch(`${base}/api/buyer/message`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ session, text }) });

  async function answersBuyer(session: string): Promise<void> {
    const r = await buyerSays(session, "2 tonnes of organic argan oil to Rotterdam");
    expect(r.status).toBe(200);
    const json = (await r.json()) as { bubbles: { lines: string[] }[] };
    expect(json.bubbles[0]?.lines).toContain("Quantity: 2 t");
  }

  it("stays up and answers after every backend is terminated while idle", async () => {
    await answersBuyer("failover-idle-before");
    expect(await terminateBackends(url)).toBeGreaterThan(0);
    await sleep(1_500);
    expect(exitCode).toBeUndefined();
    await answersBuyer("failover-idle-after");
    expect(out).toContain("database LISTEN connection restored");
  });

  it("stays up when backends are terminated with requests in flight, and answers afterwards", async () => {
    const inFlight = Promise.allSettled(Array.from({ length: 40 }, (_, i) => buyerSays(`failover-burst-${i}`, "500 kg of argan oil to Montreal")));
    // Several cuts, so some land mid-query, some mid-transaction and some between statements.
    for (const ms of [30, 100, 200]) {
      await sleep(ms);
      await terminateBackends(url);
    }
    const results = await inFlight;
    // Each request gets an HTTP answer (cut-off ones a generic apology), never a dropped connection.
    for (const r of results) expect(r.status === "fulfilled" ? r.status : `${String(r.reason)}\n${out.slice(-3000)}`).toBe("fulfilled");
    await sleep(1_000);
    expect(exitCode).toBeUndefined();
    await answersBuyer("failover-burst-after");
  });
});
