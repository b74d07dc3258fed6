// The independent Bot API emulator `telegram-test-api` on 127.0.0.1, with a thin proxy in front
// and a buyer that reads the bot's messages and presses its buttons like a Telegram client.
//
// Why the proxy: the emulator's getUpdates ignores `timeout` and answers at once, so a polling
// bot would spin; the proxy holds empty getUpdates answers for a moment, as real long polling does.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { TelegramClient } from "telegram-test-api/lib/modules/telegramClient.js";
import { freePort } from "../../helpers/freePort.js";

const IDLE_POLL_MS = 150;


export interface BotMessage {
  messageId: number;
  text: string;
  buttons: { text: string; data: string }[];
}

export class Emulator {
  server!: TelegramServer;
  private proxy: Server | null = null;
  apiRoot = "";
  /** Bot API methods the bot called, in order (the proxy sees every call). */
  readonly methods: string[] = [];

  async start(): Promise<void> {
    // The emulator's client builds its URL from the configured port, so give it a real free one.
    const port = await freePort();
    this.server = new TelegramServer({ port, host: "127.0.0.1" });
    await this.server.start();
    const upstream = `http://127.0.0.1:${port}`;
    this.proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        void (async () => {
          const method = (req.url ?? "").split("/").pop()?.split("?")[0] ?? "";
          this.methods.push(method);
          const body = Buffer.concat(chunks);
          const r = await fetch(upstream + (req.url ?? ""), {
            method: req.method ?? "GET",
            headers: { "content-type": req.headers["content-type"] ?? "application/json" },
            ...(body.length ? { body } : {}),
          });
          const text = await r.text();
          if (method === "getUpdates" && /"result":\[\]/.test(text)) await new Promise((ok) => setTimeout(ok, IDLE_POLL_MS));
          res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" }).end(text);
        })().catch(() => res.writeHead(502).end());
      });
    });
    const proxy = this.proxy;
    await new Promise<void>((ok) => proxy.listen(0, "127.0.0.1", ok));
    this.apiRoot = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => (this.proxy ? this.proxy.close(() => ok()) : ok()));
    await this.server.stop();
  }
}

/** One Telegram user talking to the bot through the emulator. */
export class Buyer {
  readonly client: TelegramClient;
  private inbox: BotMessage[] = [];
  private readonly apiUrl: string;

  constructor(emulator: Emulator, readonly token: string, readonly user: { id: number; first_name: string; language_code: string }) {
    this.client = emulator.server.getClient(token, { userId: user.id, chatId: user.id, firstName: user.first_name, userName: `u${user.id}`, type: "private" });
    this.apiUrl = emulator.server.config.apiURL;
  }

  /**
   * The bot's unread messages to this chat, at once (possibly none). Not the client's getUpdates:
   * it retries until a message comes, and when its timeout fires first the messages it then
   * fetches (and marks read) are lost — on a busy machine, a whole step of the conversation.
   */
  private async botMessages(): Promise<{ result: unknown[] }> {
    const res = await fetch(`${this.apiUrl}/getUpdates`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ token: this.token, chatId: this.user.id }),
    });
    return (await res.json()) as { result: unknown[] };
  }

  private from() {
    return { id: this.user.id, is_bot: false, first_name: this.user.first_name, username: `u${this.user.id}`, language_code: this.user.language_code };
  }

  async say(text: string, extra: Record<string, unknown> = {}): Promise<void> {
    if (text.startsWith("/")) await this.client.sendCommand(this.client.makeCommand(text, { from: this.from() }));
    else await this.client.sendMessage(this.client.makeMessage(text, { from: this.from(), ...extra }));
  }

  /** Replies to one of the bot's messages, as swiping a message in Telegram does. */
  async reply(to: BotMessage, text: string, botId: number): Promise<void> {
    await this.say(text, { reply_to_message: { message_id: to.messageId, date: 0, chat: { id: this.user.id, type: "private" }, from: { id: botId, is_bot: true, first_name: "Caravan" }, text: to.text } });
  }

  async press(on: BotMessage, data: string): Promise<void> {
    await this.client.sendCallback(this.client.makeCallbackQuery(data, { from: this.from(), message: { message_id: on.messageId, chat: { id: this.user.id } } }) as never);
  }

  /** Every message the bot sent this chat since the last look (those `waitFor` skipped included), oldest first. */
  async unread(): Promise<BotMessage[]> {
    const r = await this.botMessages();
    for (const u of r.result as unknown as { messageId: number; message: { text: string; reply_markup?: { inline_keyboard?: { text: string; callback_data?: string }[][] } } }[]) {
      const kb = u.message.reply_markup?.inline_keyboard ?? [];
      this.inbox.push({ messageId: u.messageId, text: u.message.text, buttons: kb.flat().map((b) => ({ text: b.text, data: b.callback_data ?? "" })) });
    }
    const out = this.inbox;
    this.inbox = [];
    return out;
  }

  /** Waits until the bot sent a message matching `pattern`; returns it (and forgets earlier ones). */
  async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<BotMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const r = await this.botMessages();
      for (const u of r.result as unknown as { messageId: number; message: { text: string; reply_markup?: { inline_keyboard?: { text: string; callback_data?: string }[][] } } }[]) {
        const kb = u.message.reply_markup?.inline_keyboard ?? [];
        this.inbox.push({ messageId: u.messageId, text: u.message.text, buttons: kb.flat().map((b) => ({ text: b.text, data: b.callback_data ?? "" })) });
      }
      const i = this.inbox.findIndex((m) => pattern.test(m.text));
      if (i >= 0) {
        const found = this.inbox[i]!;
        this.inbox = this.inbox.slice(i + 1);
        return found;
      }
      if (Date.now() > deadline) throw new Error(`no bot message matching ${String(pattern)}; got:\n${this.inbox.map((m) => m.text).join("\n---\n")}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
}
