// The seller desk as a Service for `npm start` plus its ChannelDelivery for the outbox worker.
import { Events, type Client } from "discord.js";
import type { Service } from "../../service.js";
import type { Database } from "../../adapters/db/database.js";
import type { Logger } from "../../logger.js";
import type { DealDeps } from "../../core/deals/index.js";
import type { ChannelDelivery } from "../../ports/outbox.js";
import { createDiscordClient, deskInteraction } from "./client.js";
import { createDeskHandler } from "./interactions.js";
import { createDiscordDelivery } from "./delivery.js";
import { createCardEditor } from "./cards.js";
import { createRelay } from "./relay.js";
import { createThreadAccess } from "./threadAccess.js";

export interface DiscordDeskOptions {
  token: string;
  leadsChannelId: string;
  apiUrl?: string;
  /** Relay thread messages to buyers (needs the MessageContent intent); default on. */
  relay?: boolean;
  /** How long start() waits for the gateway before giving up (ms). */
  readyTimeoutMs?: number;
}

export function createDiscordChannel(d: { deals: DealDeps; db: Database; logger: Logger }, o: DiscordDeskOptions): { service: Service; delivery: ChannelDelivery; client: Client } {
  const log = d.logger.child({ component: "discord" });
  const client = createDiscordClient({ token: o.token, relay: o.relay, ...(o.apiUrl ? { apiUrl: o.apiUrl } : {}) });
  const delivery = createDiscordDelivery({ rest: client.rest, deals: d.deals, leadsChannelId: o.leadsChannelId, log });
  const desk = createDeskHandler({ deals: d.deals, db: d.db, cards: createCardEditor({ rest: client.rest, deals: d.deals }), log,
    onLinked: createThreadAccess({ rest: client.rest, db: d.db, log }),
  });
  const relay = createRelay({ deals: d.deals, db: d.db, log });

  client.on(Events.InteractionCreate, (i) => {
    const x = deskInteraction(i);
    if (x) void desk.handle(x.event, x.responder).catch((e: unknown) => log.error({ err: e }, "discord interaction failed"));
  });
  if (o.relay !== false) {
    client.on(Events.MessageCreate, (m) => {
      if (!m.channel.isThread() || m.author.bot) return;
      void relay({ id: m.id, channelId: m.channelId, authorId: m.author.id, authorIsBot: m.author.bot, content: m.content, attachments: m.attachments.size })
        .then((notice) => (notice ? m.reply({ content: notice, allowedMentions: { parse: [] } }) : undefined))
        .catch((e: unknown) => log.error({ err: e, channelId: m.channelId }, "discord relay failed"));
    });
  }
  client.on(Events.Error, (e) => log.error({ err: e }, "discord client error"));

  const service: Service = {
    name: "discord seller desk",
    async start() {
      const ready = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("Discord gateway did not become ready in time")), o.readyTimeoutMs ?? 30_000);
        client.once(Events.ClientReady, (c) => {
          clearTimeout(timer);
          log.info({ user: c.user.tag }, "discord seller desk connected");
          resolve();
        });
      });
      await client.login(o.token);
      await ready;
    },
    async stop() {
      await client.destroy();
    },
  };
  return { service, delivery, client };
}
