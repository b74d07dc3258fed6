// The channel as npm start runs it, against a fake Bot API over HTTP (TELEGRAM_API_ROOT): webhook
// mode checks the secret (401 without it), and a failing setMyCommands does not stop the bot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/logger.js";
import { createTelegramChannel } from "../../../src/channels/telegram/service.js";
import { startFakeHttp, type FakeHttp } from "../../helpers/fakeHttp.js";
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

describe("telegram service (webhook mode)", () => {
  it("rejects a bad secret with 401 and handles a good one", async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const ch = createTelegramChannel({ core, deals, logger: silentLogger }, {
      token, apiRoot: api.url, webhookUrl: `http://127.0.0.1:${port}/tg/hook`, webhookSecret: "s3cret_ok", port,
    });
    await ch.service.start();
    try {
      expect(api.requests.some((r) => r.path.endsWith("/setWebhook"))).toBe(true);
      const update = { update_id: 555_001, message: { message_id: 1, date: 0, chat: { id: 31337, type: "private", first_name: "Bo" }, from: { id: 31337, is_bot: false, first_name: "Bo", language_code: "fr" }, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] } };
      const post = (secret?: string) => fetch(`http://127.0.0.1:${port}/tg/hook`, {
        method: "POST", headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) }, body: JSON.stringify(update),
      });
      expect((await post("wrong")).status).toBe(401);
      expect((await post()).status).toBe(401);
      expect(api.requests.filter((r) => r.path.endsWith("/sendMessage"))).toHaveLength(0);
      expect((await post("s3cret_ok")).status).toBe(200);
      const sent = api.requests.filter((r) => r.path.endsWith("/sendMessage"));
      expect(sent).toHaveLength(1);
      expect(String((sent[0]!.body as { text: string }).text)).toMatch(/Bienvenue/);
    } finally {
      await ch.service.stop();
    }
  });
});
