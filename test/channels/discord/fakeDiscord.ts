// A small fake Discord on 127.0.0.1 for the real discord.js client: REST (routes by regex, every
// request recorded, interaction callbacks answered) and a gateway (HELLO, heartbeat ACKs, READY and
// GUILD_CREATE on IDENTIFY, then whatever events the test dispatches).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { readBody } from "../../helpers/fakeHttp.js";

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
}
type Handler = (req: FakeRequest, m: RegExpExecArray) => { status?: number; body?: unknown };

export const IDS = { app: "900000000000000001", bot: "900000000000000002", guild: "900000000000000003", leads: "900000000000000004" };

export class FakeDiscord {
  requests: FakeRequest[] = [];
  private routes: { method: string; re: RegExp; handler: Handler }[] = [];
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private server!: Server;
  url = "";

  route(method: string, re: RegExp, handler: Handler): void {
    this.routes.unshift({ method, re, handler });
  }

  /** Interaction callbacks, in order: {type, data}. */
  callbacks(): { type: number; data: Record<string, unknown> }[] {
    return this.requests.filter((r) => /\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)).map((r) => r.body as { type: number; data: Record<string, unknown> });
  }

  async start(): Promise<void> {
    this.route("GET", /^\/api\/v10\/gateway\/bot$/, () => ({
      body: { url: this.url.replace("http", "ws"), shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } },
    }));
    this.route("POST", /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/, () => ({ status: 204 }));
    this.server = createServer(async (req, res) => {
      const body = await readBody(req);
      const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
      const rec = { method: req.method ?? "GET", path, body };
      this.requests.push(rec);
      for (const r of this.routes) {
        const m = r.method === rec.method ? r.re.exec(path) : null;
        if (!m) continue;
        const out = r.handler(rec, m);
        if ((out.status ?? 200) === 204 || out.body === undefined) {
          res.writeHead(out.status ?? 204);
          res.end();
        } else {
          res.writeHead(out.status ?? 200, { "content-type": "application/json" });
          res.end(JSON.stringify(out.body));
        }
        return;
      }
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ code: 10003, message: `no fake route for ${rec.method} ${path}` }));
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
    const frame = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const ws of this.sockets) ws.send(frame);
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let n = 0;
const snowflake = () => `95${String(Date.now()).slice(-10)}${String(++n).padStart(6, "0")}`;

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
