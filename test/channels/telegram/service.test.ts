// The channel as npm start runs it, against a fake Bot API over HTTP (TELEGRAM_API_ROOT): webhook
// mode checks the secret (401 without it), acknowledges a claimed update before handling it (a
// slow parse never holds Telegram's request), refuses bodies over 1 MiB (413) and non-updates
// (400), listens on HOST only, and a failing setMyCommands does not stop the bot.
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/logger.js";
import { configFrom } from "../../../src/config.js";
import { createTelegramChannel, MAX_WEBHOOK_BODY } from "../../../src/channels/telegram/service.js";
import { startFakeHttp, type FakeHttp } from "../../helpers/fakeHttp.js";
import { freePort } from "../../helpers/freePort.js";
import type { TestDb } from "../../helpers/testDb.js";
import type { CoreDeps } from "../../../src/wiring.js";
import type { DealDeps } from "../../../src/core/deals/deps.js";
import { botInfo, seededCore } from "./harness.js";

const token = "123456:SERVICE-token-abcdefghijkl";
let t: TestDb;
let core: CoreDeps;
let deals: DealDeps;
let api: FakeHttp;
let n = 1;

beforeAll(async () => {
  ({ t, core, deals } = await seededCore());
  api = await startFakeHttp({
    [`POST /bot${token}/getMe`]: () => ({ body: { ok: true, result: botInfo } }),
    [`POST /bot${token}/setMyCommands`]: () => ({ status: 500, body: { ok: false, error_code: 500, description: "not implemented" } }),
    [`POST /bot${token}/setWebhook`]: () => ({ body: { ok: true, result: true } }),
    [`POST /bot${token}/sendMessage`]: (r) => ({ body: { ok: true, result: { message_id: n++, date: 0, chat: { id: (r.body as { chat_id: number }).chat_id, type: "private" }, text: "x" } } }),
  });
});
afterAll(async () => {
  await api?.close();
  await t?.cleanup();
});

const sent = () => api.requests.filter((r) => r.path.endsWith("/sendMessage")).map((r) => r.body as { chat_id: number; text: string });
const waitFor = async (check: () => boolean, ms = 15_000) => {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("timed out waiting");
};
let updateId = 555_000;
const textUpdate = (user: number, text: string) => ({
  update_id: updateId++,
  message: {
    message_id: updateId, date: 0, chat: { id: user, type: "private", first_name: "Bo" }, from: { id: user, is_bot: false, first_name: "Bo", language_code: "fr" }, text,
    ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.length }] } : {}),
  },
});

async function withChannel(c: CoreDeps, fn: (post: (body: string, secret?: string) => Promise<Response>, port: number) => Promise<void>) {
  const port = await freePort();
  const ch = createTelegramChannel({ core: c, deals, logger: silentLogger }, {
    token, apiRoot: api.url, webhookUrl: `http://127.0.0.1:${port}/tg/hook`, webhookSecret: "s3cret_ok", port,
  });
  await ch.service.start();
  const post = (body: string, secret: string | undefined = "s3cret_ok") => fetch(`http://127.0.0.1:${port}/tg/hook`, {
    method: "POST", headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) }, body,
  });
  try {
    await fn(post, port);
  } finally {
    await ch.service.stop();
  }
}

describe("telegram service (webhook mode)", () => {
  it("rejects a bad secret with 401 and handles a good one", async () => {
    await withChannel(core, async (post) => {
      expect(api.requests.some((r) => r.path.endsWith("/setWebhook"))).toBe(true);
      const update = JSON.stringify(textUpdate(31337, "/start"));
      const before = sent().length;
      expect((await post(update, "wrong")).status).toBe(401);
      expect((await post(update, "")).status).toBe(401);
      expect((await post(update, "s3cret_okX")).status).toBe(401);
      expect(sent()).toHaveLength(before);
      expect((await post(update)).status).toBe(200);
      await waitFor(() => sent().length > before);
      expect(sent().at(-1)!.text).toMatch(/Bienvenue/);
      expect((await post(update)).status).toBe(200); // Telegram's redelivery: answered once only
      await new Promise((r) => setTimeout(r, 300));
      expect(sent()).toHaveLength(before + 1);
    });
  });

  it("acknowledges before a slow handler finishes, then answers", async () => {
    const slow: CoreDeps = { ...core, parser: { ...core.parser, parse: async (text: string, o?: Parameters<CoreDeps["parser"]["parse"]>[1]) => {
      await new Promise((r) => setTimeout(r, 1500));
      return core.parser.parse(text, o);
    } } };
    await withChannel(slow, async (post) => {
      const user = 41_001;
      const res = await post(JSON.stringify(textUpdate(user, "We need 2 t organic argan oil CIF Rotterdam")));
      expect(res.status).toBe(200);
      expect(sent().filter((m) => m.chat_id === user)).toHaveLength(0);
      await waitFor(() => sent().some((m) => m.chat_id === user));
    });
  });

  it("refuses oversized bodies with 413 and non-updates with 400", async () => {
    await withChannel(core, async (post) => {
      const big = JSON.stringify({ ...textUpdate(41_002, "x"), pad: "y".repeat(MAX_WEBHOOK_BODY) });
      expect((await post(big)).status).toBe(413);
      expect((await post("{not json")).status).toBe(400);
      expect((await post(JSON.stringify({ message: {} }))).status).toBe(400);
      expect((await post(JSON.stringify({ update_id: -1 }))).status).toBe(400);
      const ok = JSON.stringify(textUpdate(41_003, "/help"));
      expect((await post(ok)).status).toBe(200);
    });
  });

  it("listens on 127.0.0.1 only by default", async () => {
    expect(configFrom({}).HOST).toBe("127.0.0.1");
    expect(configFrom({ HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
    expect(() => configFrom({ HOST: "every interface" })).toThrow(/HOST: must be an IP address/);
    const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal)?.address;
    await withChannel(core, async (_post, port) => {
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
      if (external) await expect(fetch(`http://${external}:${port}/tg/hook`, { method: "POST", body: "{}" })).rejects.toThrow();
    });
  });
});
