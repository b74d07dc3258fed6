// A fake Discord on 127.0.0.1 for the real discord.js client, as strict as Discord: REST with
// state (private threads with members and an archived flag, messages, interaction callbacks and
// webhooks) and a gateway (HELLO, heartbeat ACKs, READY and GUILD_CREATE on IDENTIFY, then
// whatever events the test dispatches). It refuses what Discord refuses, with Discord's codes and
// JSON — content/embed/component/modal/thread-name limits, invalid UTF-8, an interaction answered
// after 3 s (10062) or twice (40060), a member added to an archived thread (50083), threads past
// the guild's active cap (160006) — and records every refusal in `violations`. Files a user attaches
// to a slash command are served from the fake's own "CDN" (/attachments/ID/NAME), as Discord
// serves them, and announced in the interaction's `resolved.attachments` (see `attach`).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { readBody } from "../../helpers/fakeHttp.js";
import { badUtf8, messageRefusal, modalRefusal, threadNameRefusal, type Refusal } from "./discordRules.js";

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
}
type Reply = { status?: number; body?: unknown };
type Handler = (req: FakeRequest, m: RegExpExecArray) => Reply;

export const IDS = { app: "900000000000000001", bot: "900000000000000002", guild: "900000000000000003", leads: "900000000000000004" };

export interface FakeThread {
  id: string;
  name: string;
  archived: boolean;
  members: Set<string>;
  messages: Record<string, unknown>[];
}

const API = "/api/v10";
let n = 0;
const snowflake = () => `95${String(Date.now()).slice(-10)}${String(++n).padStart(6, "0")}`;

export class FakeDiscord {
  requests: FakeRequest[] = [];
  violations: (Refusal & { method: string; path: string })[] = [];
  threads = new Map<string, FakeThread>();
  /** The guild's cap on active (unarchived) threads. */
  activeThreadCap = 1000;
  interactionDeadlineMs = 3000;
  /** Attachment downloads the fake served (its CDN's GETs). */
  downloads: string[] = [];
  private files = new Map<string, { bytes: Buffer; type: string }>();
  private interactions = new Map<string, { at: number; acked: boolean; original: Record<string, unknown> | null }>();
  private routes: { method: string; re: RegExp; handler: Handler }[] = [];
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private server!: Server;
  url = "";

  /** A route checked before the fake's own (after the limit checks, which always apply). */
  route(method: string, re: RegExp, handler: Handler): void {
    this.routes.unshift({ method, re, handler });
  }

  /** Interaction callbacks the fake accepted, in order: {type, data}. */
  callbacks(): { type: number; data: Record<string, unknown> }[] {
    return this.requests.filter((r) => /\/interactions\/\d+\/[^/]+\/callback$/.test(r.path) && !(r as { refused?: boolean }).refused)
      .map((r) => r.body as { type: number; data: Record<string, unknown> });
  }

  /** What the user saw as answers: immediate replies, then deferred answers and follow-ups. */
  answers(): Record<string, unknown>[] {
    return this.requests.filter((r) => !(r as { refused?: boolean }).refused && (/\/interactions\/\d+\/[^/]+\/callback$/.test(r.path) || r.path.startsWith(`${API}/webhooks/`)))
      .map((r) => (r.path.includes("/callback") ? (obj(r.body).data as Record<string, unknown>) ?? {} : obj(r.body)));
  }

  activeThreads(): number {
    return [...this.threads.values()].filter((t) => !t.archived).length;
  }

  private refuse(req: FakeRequest, r: Refusal): Reply {
    this.violations.push({ ...r, method: req.method, path: req.path });
    (req as { refused?: boolean }).refused = true;
    return { status: r.status, body: { code: r.code, message: r.message, ...(r.at ? { errors: { [r.at]: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: r.message }] } } } : {}) } };
  }

  /** The limit checks and the interaction and thread rules, before any route. */
  private rules(req: FakeRequest): Refusal | null {
    const bad = badUtf8(req.body);
    if (bad) return bad;
    const p = req.path;
    const cb = /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p);
    if (cb && req.method === "POST") {
      const ia = this.interactions.get(cb[1]!);
      if (!ia || Date.now() - ia.at > this.interactionDeadlineMs) return { status: 404, code: 10062, message: "Unknown interaction" };
      if (ia.acked) return { status: 400, code: 40060, message: "Interaction has already been acknowledged." };
      const body = obj(req.body);
      const r = body.type === 9 ? modalRefusal(body.data) : messageRefusal(body.data);
      if (r) return r;
      ia.acked = true;
      return null;
    }
    if (/^\/api\/v10\/webhooks\//.test(p) || (/\/messages(\/\d+)?$/.test(p) && (req.method === "POST" || req.method === "PATCH"))) {
      const r = messageRefusal(req.body);
      if (r) return r;
    }
    const thread = /^\/api\/v10\/channels\/(\d+)\/threads$/.exec(p);
    if (thread && req.method === "POST") {
      const r = threadNameRefusal(obj(req.body).name);
      if (r) return r;
      if (this.activeThreads() >= this.activeThreadCap) return { status: 400, code: 160006, message: "Maximum number of active threads reached" };
    }
    const member = /^\/api\/v10\/channels\/(\d+)\/thread-members\/[^/]+$/.exec(p);
    if (member && req.method === "PUT" && this.threads.get(member[1]!)?.archived) return { status: 400, code: 50083, message: "Thread is archived" };
    return null;
  }

  private builtIn(): void {
    this.route("GET", /^\/api\/v10\/gateway\/bot$/, () => ({
      body: { url: this.url.replace("http", "ws"), shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } },
    }));
    this.route("POST", /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/, (r, m) => {
      const body = obj(r.body);
      const ia = this.interactions.get(m[1]!);
      if (ia && (body.type === 4 || body.type === 5)) ia.original = obj(body.data);
      return { status: 204 };
    });
    const webhookMessage = (r: FakeRequest) => ({ id: snowflake(), channel_id: IDS.leads, type: 0, content: "", embeds: [], components: [], attachments: [], ...obj(r.body) });
    this.route("PATCH", /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/@original$/, (r) => ({ body: webhookMessage(r) }));
    this.route("POST", /^\/api\/v10\/webhooks\/\d+\/[^/]+$/, (r) => ({ body: webhookMessage(r) }));
    this.route("POST", /^\/api\/v10\/channels\/(\d+)\/threads$/, (r, m) => {
      const t: FakeThread = { id: snowflake(), name: str(obj(r.body).name), archived: false, members: new Set(), messages: [] };
      this.threads.set(t.id, t);
      return { body: { id: t.id, type: 12, guild_id: IDS.guild, parent_id: m[1], name: t.name, thread_metadata: { archived: false, locked: false } } };
    });
    this.route("GET", /^\/api\/v10\/channels\/(\d+)$/, (_r, m) => {
      const t = this.threads.get(m[1]!);
      if (!t) return { status: 404, body: { code: 10003, message: "Unknown Channel" } };
      return { body: { id: t.id, type: 12, guild_id: IDS.guild, parent_id: IDS.leads, name: t.name, thread_metadata: { archived: t.archived, locked: false } } };
    });
    this.route("PATCH", /^\/api\/v10\/channels\/(\d+)$/, (r, m) => {
      const t = this.threads.get(m[1]!);
      if (!t) return { status: 404, body: { code: 10003, message: "Unknown Channel" } };
      const archived = obj(r.body).archived;
      if (archived === false && t.archived && this.activeThreads() >= this.activeThreadCap) return { status: 400, body: { code: 160006, message: "Maximum number of active threads reached" } };
      if (typeof archived === "boolean") t.archived = archived;
      return { body: { id: t.id, type: 12, name: t.name, thread_metadata: { archived: t.archived, locked: false } } };
    });
    this.route("PUT", /^\/api\/v10\/channels\/(\d+)\/thread-members\/([^/]+)$/, (_r, m) => {
      const t = this.threads.get(m[1]!);
      if (!t) return { status: 404, body: { code: 10003, message: "Unknown Channel" } };
      t.members.add(m[2]!);
      return { status: 204 };
    });
    this.route("POST", /^\/api\/v10\/channels\/(\d+)\/messages$/, (r, m) => {
      const t = this.threads.get(m[1]!);
      if (!t) return { status: 404, body: { code: 10003, message: "Unknown Channel" } };
      // Posting in an archived (unlocked) thread unarchives it, as Discord does.
      t.archived = false;
      const msg = { id: snowflake(), channel_id: t.id, type: 0, content: "", embeds: [], components: [], attachments: [], ...obj(r.body) };
      t.messages.push(msg);
      return { body: msg };
    });
    this.route("GET", /^\/api\/v10\/channels\/(\d+)\/messages\/(\d+)$/, (_r, m) => {
      const msg = this.threads.get(m[1]!)?.messages.find((x) => x.id === m[2]);
      return msg ? { body: msg } : { status: 404, body: { code: 10008, message: "Unknown Message" } };
    });
    this.route("PATCH", /^\/api\/v10\/channels\/(\d+)\/messages\/(\d+)$/, (r, m) => {
      const t = this.threads.get(m[1]!);
      const msg = t?.messages.find((x) => x.id === m[2]);
      if (!t || !msg) return { status: 404, body: { code: 10008, message: "Unknown Message" } };
      if (t.archived) return { status: 400, body: { code: 50083, message: "Thread is archived" } };
      Object.assign(msg, obj(r.body));
      return { body: msg };
    });
  }

  /**
   * A file a user attached to a command: served at its CDN URL, and returned as Discord's
   * attachment object for `resolved.attachments`. `announcedSize` lets a test make Discord's
   * announced size differ from what is served (it never should, but the desk must not trust it).
   */
  attach(filename: string, content: string | Buffer, contentType = "text/csv; charset=utf-8", announcedSize?: number) {
    const id = snowflake();
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
    this.files.set(id, { bytes, type: contentType });
    const url = `${this.url}/attachments/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: announcedSize ?? bytes.length, url, proxy_url: url, content_type: contentType, ephemeral: true };
  }

  async start(): Promise<void> {
    this.builtIn();
    this.server = createServer(async (req, res) => {
      const cdn = /^\/attachments\/(\d+)\/[^/]+$/.exec((req.url ?? "/").split("?")[0] ?? "/");
      if (cdn && req.method === "GET") {
        this.downloads.push(req.url ?? "");
        const file = this.files.get(cdn[1]!);
        res.writeHead(file ? 200 : 404, { "content-type": file?.type ?? "text/plain", "content-length": String(file?.bytes.length ?? 9) });
        res.end(file?.bytes ?? "Not found");
        return;
      }
      const body = await readBody(req);
      const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
      const rec: FakeRequest = { method: req.method ?? "GET", path, body };
      this.requests.push(rec);
      const refusal = this.rules(rec);
      let out: Reply | null = refusal ? this.refuse(rec, refusal) : null;
      for (const r of out ? [] : this.routes) {
        const m = r.method === rec.method ? r.re.exec(path) : null;
        if (!m) continue;
        out = r.handler(rec, m);
        break;
      }
      out ??= { status: 404, body: { code: 10003, message: `no fake route for ${rec.method} ${path}` } };
      if ((out.status ?? 200) === 204 || out.body === undefined) {
        res.writeHead(out.status ?? 204);
        res.end();
      } else {
        res.writeHead(out.status ?? 200, { "content-type": "application/json" });
        res.end(JSON.stringify(out.body));
      }
    });
    const wss = new WebSocketServer({ server: this.server });
    wss.on("connection", (ws) => {
      this.sockets.add(ws);
      ws.on("close", () => this.sockets.delete(ws));
      ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
      ws.on("message", (data) => {
        const msg = JSON.parse(String(data)) as { op: number };
        if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
        if (msg.op === 2) {
          this.dispatch("READY", {
            v: 10, user: { id: IDS.bot, username: "caravan", discriminator: "0", bot: true, avatar: null, global_name: null },
            guilds: [{ id: IDS.guild, unavailable: true }], session_id: "fake-session", resume_gateway_url: this.url.replace("http", "ws"),
            application: { id: IDS.app, flags: 0 },
          });
          this.dispatch("GUILD_CREATE", {
            id: IDS.guild, name: "Caravan sellers", icon: null, owner_id: "1", unavailable: false, member_count: 2, large: false,
            joined_at: new Date().toISOString(), roles: [], emojis: [], stickers: [], members: [], presences: [], voice_states: [],
            stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [], features: [], threads: [],
            channels: [{ id: IDS.leads, type: 0, guild_id: IDS.guild, name: "leads", position: 0, permission_overwrites: [] }],
          });
        }
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  dispatch(t: string, d: unknown): void {
    // An interaction's 3-second window starts when Discord sends it.
    if (t === "INTERACTION_CREATE") this.interactions.set(str(obj(d).id), { at: Date.now(), acked: false, original: null });
    const frame = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const ws of this.sockets) ws.send(frame);
  }

  /** A THREAD_CREATE for a thread the fake made, so discord.js caches it (message events in it). */
  announceThread(id: string): void {
    this.dispatch("THREAD_CREATE", {
      id, type: 12, guild_id: IDS.guild, parent_id: IDS.leads, name: this.threads.get(id)?.name ?? "lead", owner_id: IDS.bot, newly_created: true,
      thread_metadata: { archived: false, auto_archive_duration: 10080, archive_timestamp: new Date().toISOString(), locked: false, invitable: false },
    });
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
}
function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/**
 * A `/catalog upload` (with `attachment` from `fake.attach`) or `/catalog status` payload's data, as
 * Discord sends a subcommand with an attachment option: the option's value is the attachment id,
 * the attachment itself is in `resolved.attachments`.
 */
export function catalogCommand(sub: "upload" | "status", attachment?: { id: string }): Record<string, unknown> {
  return {
    id: "5", name: "catalog", type: 1,
    options: [{ type: 1, name: sub, options: attachment ? [{ type: 11, name: "file", value: attachment.id }] : [] }],
    ...(attachment ? { resolved: { attachments: { [attachment.id]: attachment } } } : {}),
  };
}

/** An INTERACTION_CREATE payload from `userId` in `channelId`. */
export function interaction(userId: string, channelId: string, type: 2 | 3 | 5, data: Record<string, unknown>, message?: Record<string, unknown>) {
  return {
    id: snowflake(), application_id: IDS.app, type, token: `tok${n}`, version: 1, guild_id: IDS.guild, channel_id: channelId,
    channel: { id: channelId, type: channelId === IDS.leads ? 0 : 12, guild_id: IDS.guild, parent_id: IDS.leads, name: "lead" },
    member: { user: { id: userId, username: `seller${userId.slice(-3)}`, discriminator: "0", avatar: null, global_name: null }, roles: [], permissions: "0", joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    data, locale: "en-US", guild_locale: "en-US", app_permissions: "0", entitlements: [], authorizing_integration_owners: { "0": IDS.guild }, context: 0,
    attachment_size_limit: 10_000_000,
    ...(message ? { message } : {}),
  };
}
