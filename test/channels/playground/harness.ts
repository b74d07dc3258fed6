// The playground channel on a real test database, served on a free port, with the outbox worker
// running: the same pieces `npm start` composes, with only the argan catalog seeded (fast).
import path from "node:path";
import { createTestDb, type TestDb } from "../../helpers/testDb.js";
import { configFrom } from "../../../src/config.js";
import { silentLogger } from "../../../src/logger.js";
import { createDealsRuntime, type DealsRuntime } from "../../../src/adapters/db/dealsRuntime.js";
import { buildCoreDeps } from "../../../src/wiring.js";
import { createPlaygroundChannel, DEMO_CATALOG_DIR, type PlaygroundChannel } from "../../../src/channels/playground/service.js";

export interface Playground {
  t: TestDb;
  url: string;
  deals: DealsRuntime;
  channel: PlaygroundChannel;
  stop(): Promise<void>;
}

/** `env`: extra settings, e.g. OPENAI_API_KEY + OPENAI_BASE_URL of a fake server for the LLM parser. */
export async function startPlayground(env: Record<string, string> = {}): Promise<Playground> {
  const t = await createTestDb();
  const config = configFrom({ OUTBOX_POLL_MS: "50", ...env });
  const deals = createDealsRuntime(config, t.db, silentLogger);
  deals.deps.sellerPlatform = "playground";
  const core = buildCoreDeps(config, t.db, silentLogger);
  const channel = createPlaygroundChannel({ core, deals: deals.deps, logger: silentLogger }, {
    port: 0, demoCatalogs: [path.join(DEMO_CATALOG_DIR, "morocco-argan-cosmetics.csv")],
  });
  deals.worker.register(channel.delivery);
  const services = [...deals.services, channel.service];
  for (const s of services) await s.start();
  const url = channel.url();
  for (let i = 0; i < 300; i++) {
    const r = (await (await fetch(`${url}/api/status`)).json()) as { ready: boolean };
    if (r.ready) break;
    await new Promise((res) => setTimeout(res, 100));
  }
  return {
    t, url, deals, channel,
    async stop() {
      for (const s of [...services].reverse()) await s.stop();
      await t.cleanup();
    },
  };
}

export async function call(url: string, method: "GET" | "POST", route: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${url}${route}`, {
    method,
    ...(method === "POST" ? { headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Reads a session's SSE stream; `next(type)` resolves with the next event of that type. */
export function openEvents(url: string, session: string) {
  const ctrl = new AbortController();
  const seen: { event: string; data: Record<string, unknown> }[] = [];
  const waiters: (() => void)[] = [];
  const ready = fetch(`${url}/api/events?session=${session}`, { signal: ctrl.signal }).then(async (res) => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buf = "";
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
        if (done) return;
        buf += value;
        let i: number;
        while ((i = buf.indexOf("\n\n")) >= 0) {
          const frame = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event && data) seen.push({ event, data: JSON.parse(data) as Record<string, unknown> });
          waiters.splice(0).forEach((w) => w());
        }
      }
    })();
  });
  let taken = 0;
  return {
    ready,
    async next(type: string, timeoutMs = 10_000): Promise<Record<string, unknown>> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const i = seen.findIndex((e, n) => n >= taken && e.event === type);
        if (i >= 0) {
          taken = i + 1;
          return seen[i]!.data;
        }
        if (Date.now() > until) throw new Error(`no ${type} event within ${timeoutMs} ms; saw ${seen.map((e) => e.event).join(", ") || "nothing"}`);
        await new Promise<void>((res) => {
          waiters.push(res);
          setTimeout(res, 200);
        });
      }
    },
    close: () => ctrl.abort(),
  };
}

/** What the API answers for chat bubbles (the page renders these). */
export type Button = { label: string; action?: Record<string, string>; compose?: { mode: string; introductionId: string; sellerName: string } };
export type Bubble = { from: string; title?: string; lines: string[]; buttons?: Button[] };

export const first = (r: { json: Record<string, unknown> }): Bubble => (r.json.bubbles as Bubble[])[0]!;

/** The button with this exact label (or matching this pattern); throws, showing the bubble, when absent. */
export function buttonOf(b: Bubble | undefined, label: string | RegExp): Button {
  const found = b?.buttons?.find((x) => (typeof label === "string" ? x.label === label : label.test(x.label)));
  if (!found) throw new Error(`no button ${String(label)} in ${JSON.stringify(b)}`);
  return found;
}
