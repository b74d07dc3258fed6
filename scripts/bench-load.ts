// `npm run bench:load [-- --buyers 100,300,1000 --inflight 40,100 --concurrency 16 --kill --url URL]`:
// buyers through the real app in WEBHOOK mode. The app (createApp, as npm start) runs in a child
// process on a fresh Postgres database with TELEGRAM_API_ROOT pointing at the strict fake Bot API
// on 127.0.0.1; this process plays Telegram: it posts each buyer's updates to the webhook
// (/start, a request, Search, Introduce), re-posting any update that did not get 200 (as Telegram
// redelivers), and waits for each answer. Prints throughput, latency from first post to answer
// (p50/p95/p99), apologies, lost answers (none within --timeout s), duplicate answers and
// Bot API violations. --kill sends SIGKILL to the app halfway through the first run and starts
// it again: with the update log nothing may be lost.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { percentile } from "./lib/rankingMetrics.js";
import { benchAdminUrl, createBenchDatabase } from "./lib/benchDatabase.js";
import { startStrictTelegram } from "../test/helpers/strictTelegram.js";
import { freePort } from "../test/helpers/freePort.js";

const { values } = parseArgs({
  options: {
    buyers: { type: "string", default: "100,300,1000" }, inflight: { type: "string", default: "40,100" }, concurrency: { type: "string", default: "16" },
    timeout: { type: "string", default: "120" }, kill: { type: "boolean", default: false }, url: { type: "string" }, serve: { type: "boolean", default: false },
  },
});
const root = path.resolve(import.meta.dirname, "..");

if (values.serve) await serve();
else await drive();

/** The app side (child process): npm start's composition with the demo catalog. */
async function serve(): Promise<void> {
  const { loadConfig } = await import("../src/config.js");
  const { createLogger } = await import("../src/logger.js");
  const { createApp } = await import("../src/app.js");
  const { openCatalog } = await import("../src/adapters/catalog/readCatalog.js");
  const { seedCatalog } = await import("../src/core/catalog/seedCatalog.js");
  const config = loadConfig();
  const app = await createApp(config, createLogger(config.LOG_LEVEL, { stderr: true, production: true }));
  if ((await app.db.prisma.product.count()) === 0) {
    const dir = path.join(root, "data/catalogs");
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".csv"))) {
      const reader = await openCatalog(path.join(dir, f));
      await seedCatalog(app.core, async () => reader.rows, { batchSize: 200 });
    }
  }
  await app.start();
  console.log("READY");
  process.on("SIGTERM", () => void app.stop().then(() => process.exit(0)));
}

interface Msg { text: string; data: string[] }

async function drive(): Promise<void> {
  const token = "123456:BENCH-load-token-abcdefghij";
  const secret = "bench_secret";
  const tg = await startStrictTelegram();
  const port = await freePort();
  const bench = await createBenchDatabase(benchAdminUrl(values.url), `caravan_benchload_${process.pid}`);
  const env = {
    ...process.env, DATABASE_URL: bench.url, TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: tg.url, TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/tg`,
    TELEGRAM_WEBHOOK_SECRET: secret, PORT: String(port), HOST: "127.0.0.1", TELEGRAM_CONCURRENCY: values.concurrency, LOG_LEVEL: "warn",
    DEALS_MAX_INTRODUCTIONS_PER_DAY: "10000", PLAYGROUND: "", DISCORD_BOT_TOKEN: "", OPENAI_API_KEY: "", PINECONE_API_KEY: "",
  };
  let app: ChildProcess | null = null;
  let errorLines = 0;
  const startApp = () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/bench-load.ts"), "--serve"], { env, cwd: root, stdio: ["ignore", "pipe", "pipe"] });
      app = child;
      child.stdout.on("data", (b: Buffer) => b.toString().includes("READY") && resolve());
      child.stderr.on("data", (b: Buffer) => {
        for (const l of b.toString().split("\n").filter((x) => /"level":(50|60)/.test(x))) {
          if (errorLines++ < 3) console.log(`app error: ${l.slice(0, 700)}`);
        }
      });
      child.once("exit", (code) => reject(new Error(`app exited with ${code}`)));
    });

  const chats = new Map<string, { msgs: Msg[]; wake: (() => void) | null }>();
  const chat = (id: string) => chats.get(id) ?? chats.set(id, { msgs: [], wake: null }).get(id)!;
  const pressChat = new Map<string, string>();
  tg.onCall((method, p) => {
    // A notice on the button (e.g. "already done" after a redo) answers a press too.
    if (method === "answerCallbackQuery" && typeof p.text === "string") {
      const c = chat(pressChat.get(String(p.callback_query_id)) ?? "");
      c.msgs.push({ text: `toast: ${p.text}`, data: [] });
      return c.wake?.();
    }
    if (method !== "sendMessage") return;
    const c = chat(String(p.chat_id));
    const rows = (p.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined)?.inline_keyboard ?? [];
    c.msgs.push({ text: String(p.text), data: rows.flat().map((b) => b.callback_data ?? "") });
    c.wake?.();
  });

  console.log("starting the app (seeds the demo catalog on a fresh database)…");
  await startApp();
  const timeoutMs = Number(values.timeout) * 1000;
  let updateId = 1;
  let redeliveries = 0;

  async function post(update: object): Promise<void> {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/tg`, {
        method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret }, body: JSON.stringify(update),
      }).then((r) => r.status === 200, () => false);
      if (ok) return;
      redeliveries++;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  async function answer(id: string, from: number, want: (m: Msg) => boolean): Promise<Msg | null> {
    const c = chat(id);
    const end = Date.now() + timeoutMs;
    for (;;) {
      const hit = c.msgs.slice(from).find(want);
      if (hit) return hit;
      if (Date.now() > end) return null;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 500);
        c.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  }

  const user = (id: number) => ({ id, is_bot: false, first_name: `Buyer${id}`, language_code: "en" });
  const message = (id: number, text: string) => ({
    update_id: updateId++,
    message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id, type: "private", first_name: `Buyer${id}` }, from: user(id), text, ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.length }] } : {}) },
  });
  const press = (id: number, data: string) => {
    const u = updateId++;
    tg.pressed(`cb${u}`);
    pressChat.set(`cb${u}`, String(id));
    return { update_id: u, callback_query: { id: `cb${u}`, from: user(id), chat_instance: `ci${id}`, data, message: { message_id: 1, date: 0, chat: { id, type: "private", first_name: "B" }, text: "card" } } };
  };

  const perStep: Record<string, number[]> = { start: [], request: [], search: [], introduce: [] };
  async function buyer(id: number, latencies: number[], stats: { lost: number; stuck: number }): Promise<void> {
    const cid = String(id);
    const step = async (update: object, want: (m: Msg) => boolean, kind = "start") => {
      const from = chat(cid).msgs.length;
      const t0 = performance.now();
      await post(update);
      const m = await answer(cid, from, want);
      if (m) latencies.push(performance.now() - t0);
      if (m) perStep[kind]!.push(performance.now() - t0);
      else {
        stats.lost++;
        console.log(`lost: buyer ${cid} step ${kind}; messages so far: ${chat(cid).msgs.map((x) => x.text.slice(0, 40)).join(" | ")}`);
      }
      return m;
    };
    if (!(await step(message(id, "/start"), () => true))) return;
    const card = await step(message(id, "We need 2 t of organic argan oil, CIF Rotterdam"), () => true, "request");
    const search = card?.data.find((d) => d.startsWith("rs:"));
    if (!search) return void (card && stats.stuck++);
    const list = await step(press(id, search), (m) => m.data.some((d) => d.startsWith("in:")), "search");
    const intro = list?.data.find((d) => d.startsWith("in:"));
    if (!intro) return;
    await step(press(id, intro), () => true, "introduce");
  }

  const rows: string[] = [];
  let base = 1_000_000;
  let killed = !values.kill;
  for (const buyers of values.buyers.split(",").map(Number)) {
    for (const inflight of values.inflight.split(",").map(Number)) {
      const latencies: number[] = [];
      const stats = { lost: 0, stuck: 0 };
      const ids = Array.from({ length: buyers }, (_, i) => base + i);
      base += 1_000_000;
      const v0 = tg.violations.length;
      const r0 = redeliveries;
      let next = 0;
      const started = performance.now();
      const workers = Array.from({ length: Math.min(inflight, buyers) }, async () => {
        while (next < ids.length) {
          const i = next++;
          if (!killed && i === Math.floor(buyers / 2)) {
            killed = true;
            console.log("kill -9 the app halfway through; starting it again");
            app?.kill("SIGKILL");
            void startApp().catch((e: unknown) => console.error(e));
          }
          await buyer(ids[i]!, latencies, stats);
        }
      });
      await Promise.all(workers);
      const seconds = (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 6000)); // late callback answers and duplicates show up here
      tg.check();
      let apologies = 0;
      let duplicates = 0;
      for (const id of ids) {
        const msgs = chat(String(id)).msgs;
        apologies += msgs.filter((m) => /something went wrong|going a bit fast/i.test(m.text)).length;
        const seen = new Set<string>();
        for (const m of msgs) {
          if (seen.has(m.text)) duplicates++;
          seen.add(m.text);
        }
      }
      const p = (q: number) => Math.round(percentile(latencies, q));
      const row = `| ${buyers} | ${inflight} | ${latencies.length} | ${(latencies.length / seconds).toFixed(1)} | ${p(50)} / ${p(95)} / ${p(99)} | ${apologies} | ${stats.lost} | ${duplicates} | ${tg.violations.length - v0} | ${redeliveries - r0} |`;
      rows.push(row);
      console.log(row);
    }
  }
  console.log(`\nwebhook mode, TELEGRAM_CONCURRENCY=${values.concurrency}, Postgres, offline adapters${values.kill ? ", one kill -9 mid-run" : ""}; error log lines from the app: ${errorLines}`);
  console.log("| buyers | in flight | answers | answers/s | p50 / p95 / p99 ms | apologies | lost | duplicates | violations | re-posts |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) console.log(r);
  console.log(`p50 per step (all runs): ${Object.entries(perStep).map(([k, v]) => `${k} ${Math.round(percentile(v, 50))} ms`).join(", ")}`);
  for (const v of tg.violations.slice(0, 5)) console.log("violation:", v.method, v.problems.join("; "));
  const child = app as ChildProcess | null;
  child?.removeAllListeners("exit");
  child?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 2000));
  await tg.close();
  await bench.drop();
}
