// A fake Telegram Bot API on 127.0.0.1 as strict as the real one: it answers the methods Caravan
// uses and refuses (HTTP 400, like Telegram) what Telegram refuses — empty or over-long text,
// strings that are not valid UTF-8 (lone surrogates), callback_data over 64 bytes, malformed
// HTML for parse_mode HTML, more than 100 inline buttons — and records every violation, plus
// presses left unanswered past the deadline. `telegramViolations` is the same check as a pure
// function, for harnesses that intercept API calls without HTTP.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { isWellFormed, utf8Length } from "../../src/core/textCut.js";

const TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote", "tg-time"]);
const ENTITY = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-f]{1,6});/i;

/** Problems Telegram would report in `html` (parse_mode HTML), and its length after parsing. */
export function htmlProblems(html: string): { problems: string[]; textLength: number } {
  const problems: string[] = [];
  const stack: string[] = [];
  let textLength = 0;
  for (let i = 0; i < html.length; ) {
    const c = html[i]!;
    if (c === "<") {
      const end = html.indexOf(">", i);
      const m = end < 0 ? null : /^<(\/?)([a-zA-Z][\w-]*)(\s[^<>]*)?>$/.exec(html.slice(i, end + 1));
      if (!m) {
        problems.push(`unescaped "<" at ${i}: write &lt;`);
        i++;
        textLength++;
        continue;
      }
      const name = m[2]!.toLowerCase();
      if (!TAGS.has(name)) problems.push(`unsupported tag <${name}> at ${i}`);
      else if (m[1]) {
        if (stack.at(-1) !== name) problems.push(`</${name}> at ${i} does not close ${stack.length ? `<${stack.at(-1)}>` : "any open tag"}`);
        else stack.pop();
      } else {
        if (name === "a" && !/\shref="[^"]*"/.test(m[3] ?? "")) problems.push(`<a> without href at ${i}`);
        stack.push(name);
      }
      i = end + 1;
      continue;
    }
    if (c === "&") {
      const m = ENTITY.exec(html.slice(i, i + 12));
      if (!m) problems.push(`unescaped "&" at ${i}: write &amp;`);
      i += m ? m[0].length : 1;
      textLength++;
      continue;
    }
    if (c === ">") problems.push(`unescaped ">" at ${i}: write &gt;`);
    textLength++;
    i++;
  }
  for (const open of stack) problems.push(`<${open}> is never closed`);
  return { problems, textLength };
}

function strings(v: unknown, path: string, out: [string, string][]): void {
  if (typeof v === "string") out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${path}[${i}]`, out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) strings(x, path ? `${path}.${k}` : k, out);
}

function textProblems(text: unknown, parseMode: unknown, field: string, max: number): string[] {
  if (typeof text !== "string") return [`${field} is missing`];
  const out: string[] = [];
  let length = text.length;
  if (parseMode === "HTML") {
    const h = htmlProblems(text);
    out.push(...h.problems.map((p) => `${field}: can't parse entities: ${p}`));
    length = h.textLength;
  }
  if (!text.trim() || length === 0) out.push(`${field} is empty`);
  if (length > max) out.push(`${field} is too long: ${length} > ${max} characters`);
  return out;
}

function keyboardProblems(markup: unknown): string[] {
  const rows = (markup as { inline_keyboard?: unknown } | undefined)?.inline_keyboard;
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) return ["reply_markup.inline_keyboard must be an array of rows"];
  const out: string[] = [];
  const buttons = rows.flat() as { text?: unknown; callback_data?: unknown; url?: unknown }[];
  if (buttons.length > 100) out.push(`too many inline buttons: ${buttons.length} > 100`);
  for (const b of buttons) {
    if (typeof b.text !== "string" || !b.text.trim()) out.push("a button has no text");
    if (b.callback_data === undefined && b.url === undefined) out.push(`button "${String(b.text)}" has neither callback_data nor url`);
    if (b.callback_data !== undefined) {
      const bytes = typeof b.callback_data === "string" ? utf8Length(b.callback_data) : 0;
      if (bytes < 1 || bytes > 64) out.push(`BUTTON_DATA_INVALID: callback_data of "${String(b.text)}" is ${bytes} bytes (1–64)`);
    }
  }
  return out;
}

/** What Telegram would refuse in this call (empty when it would accept it). */
export function telegramViolations(method: string, payload: Record<string, unknown> = {}): string[] {
  const out: string[] = [];
  const all: [string, string][] = [];
  strings(payload, "", all);
  for (const [path, s] of all) if (!isWellFormed(s)) out.push(`${path}: strings must be encoded in UTF-8 (lone surrogate)`);
  switch (method) {
    case "sendMessage":
    case "editMessageText":
      if (method === "sendMessage" && payload.chat_id === undefined) out.push("chat_id is missing");
      out.push(...textProblems(payload.text, payload.parse_mode, "message text", 4096), ...keyboardProblems(payload.reply_markup));
      break;
    case "editMessageReplyMarkup":
      out.push(...keyboardProblems(payload.reply_markup));
      break;
    case "answerCallbackQuery":
      if (typeof payload.callback_query_id !== "string") out.push("callback_query_id is missing");
      if (typeof payload.text === "string" && payload.text.length > 200) out.push(`answerCallbackQuery text is too long: ${payload.text.length} > 200`);
      break;
    case "setMyCommands": {
      const cmds = (payload.commands ?? []) as { command?: string; description?: string }[];
      if (cmds.length > 100) out.push("more than 100 commands");
      for (const c of cmds) {
        if (!/^[a-z0-9_]{1,32}$/.test(c.command ?? "")) out.push(`bad command name ${String(c.command)}`);
        if (!c.description || c.description.length > 256) out.push(`bad description for /${String(c.command)}`);
      }
      break;
    }
  }
  return out;
}

export interface SentMessage {
  chatId: string;
  messageId: number;
  text: string;
  replyMarkup: unknown;
  at: number;
}

export interface Violation {
  method: string;
  problems: string[];
  payload: unknown;
}

export interface StrictTelegram {
  /** The Bot API root to give grammY (TELEGRAM_API_ROOT). */
  url: string;
  calls: { method: string; payload: Record<string, unknown> }[];
  messages: SentMessage[];
  violations: Violation[];
  webhook: { url: string; secret: string | undefined } | null;
  /** Registers a button press the bot must answer within the deadline. */
  pressed(callbackQueryId: string): void;
  /** The next `count` sendMessage calls answer 429 with this retry_after (seconds). */
  rateLimit(count: number, retryAfter: number): void;
  /** sendMessage waits this long before answering (an outage that hangs). */
  stall(ms: number): void;
  /** Calls `fn` after every call the fake accepted (benchmarks wait on answers with it). */
  onCall(fn: (method: string, payload: Record<string, unknown>) => void): void;
  /** Records presses whose answer is overdue; returns all violations so far. */
  check(): Violation[];
  close(): Promise<void>;
}

export async function startStrictTelegram(opts: { botInfo?: Record<string, unknown>; callbackDeadlineMs?: number } = {}): Promise<StrictTelegram> {
  const deadline = opts.callbackDeadlineMs ?? 5_000;
  const botInfo = opts.botInfo ?? { id: 4242, is_bot: true, first_name: "Caravan", username: "caravan_test_bot", can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
  const pending = new Map<string, number>();
  let nextMessageId = 1;
  let limited = { count: 0, retryAfter: 0 };
  let stallMs = 0;
  const listeners: ((method: string, payload: Record<string, unknown>) => void)[] = [];
  const st: StrictTelegram = {
    url: "",
    calls: [],
    messages: [],
    violations: [],
    webhook: null,
    pressed: (id) => void pending.set(id, Date.now()),
    rateLimit: (count, retryAfter) => void (limited = { count, retryAfter }),
    stall: (ms) => void (stallMs = ms),
    onCall: (fn) => void listeners.push(fn),
    check() {
      for (const [id, at] of pending)
        if (Date.now() - at > deadline) {
          pending.delete(id);
          st.violations.push({ method: "answerCallbackQuery", problems: [`press ${id} not answered within ${deadline} ms`], payload: { callback_query_id: id } });
        }
      return st.violations;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const answer = (method: string, payload: Record<string, unknown>): { status: number; body: unknown } => {
    const bad = (description: string, status = 400) => ({ status, body: { ok: false, error_code: status, description } });
    const problems = telegramViolations(method, payload);
    if (problems.length) {
      st.violations.push({ method, problems, payload });
      return bad(`Bad Request: ${problems.join("; ")}`);
    }
    switch (method) {
      case "getMe": return { status: 200, body: { ok: true, result: botInfo } };
      case "setWebhook":
        st.webhook = { url: String(payload.url), secret: payload.secret_token as string | undefined };
        return { status: 200, body: { ok: true, result: true } };
      case "deleteWebhook":
        st.webhook = null;
        return { status: 200, body: { ok: true, result: true } };
      case "getUpdates": return { status: 200, body: { ok: true, result: [] } };
      case "setMyCommands": case "sendChatAction": case "editMessageReplyMarkup": case "deleteMessage":
        return { status: 200, body: { ok: true, result: true } };
      case "answerCallbackQuery": {
        const id = String(payload.callback_query_id);
        const at = pending.get(id);
        pending.delete(id);
        if (at !== undefined && Date.now() - at > deadline) {
          st.violations.push({ method, problems: [`press ${id} answered after ${Date.now() - at} ms (> ${deadline})`], payload });
          return bad("Bad Request: query is too old and response timeout expired or query ID is invalid");
        }
        return { status: 200, body: { ok: true, result: true } };
      }
      case "sendMessage":
      case "editMessageText": {
        if (method === "sendMessage" && limited.count > 0) {
          limited.count--;
          return { status: 429, body: { ok: false, error_code: 429, description: `Too Many Requests: retry after ${limited.retryAfter}`, parameters: { retry_after: limited.retryAfter } } };
        }
        const chatId = String(payload.chat_id);
        const messageId = method === "sendMessage" ? nextMessageId++ : Number(payload.message_id);
        if (method === "sendMessage") st.messages.push({ chatId, messageId, text: String(payload.text), replyMarkup: payload.reply_markup, at: Date.now() });
        return { status: 200, body: { ok: true, result: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(chatId), type: "private" }, text: payload.text } } };
      }
      default:
        st.violations.push({ method, problems: [`method ${method} is not used by Caravan (fake does not implement it)`], payload });
        return { status: 404, body: { ok: false, error_code: 404, description: "Not Found: method not found" } };
    }
  };

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const m = /^\/bot[^/]+\/(\w+)/.exec(req.url ?? "");
    let payload: Record<string, unknown>;
    try {
      const raw = Buffer.concat(chunks).toString("utf8");
      payload = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 400, description: "Bad Request: body is not JSON" }));
      return;
    }
    const method = m?.[1] ?? "";
    st.calls.push({ method, payload });
    if (stallMs && method === "sendMessage") {
      await new Promise((r) => setTimeout(r, stallMs));
      // The client gave up while the network was down: the message never reached Telegram.
      if (req.socket.destroyed) return;
    }
    const out = answer(method, payload);
    if (!res.destroyed) res.writeHead(out.status, { "content-type": "application/json" }).end(JSON.stringify(out.body));
    if (out.status === 200) for (const fn of listeners) fn(method, payload);
  });
  // Like Telegram, keep idle connections open well beyond a client's keep-alive.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  st.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return st;
}
