// The seller desk as a Service for `npm start` plus its ChannelDelivery for the outbox worker.
// Every gateway handler contains its own failure: logged with context, the seller answered when
// the interaction or thread still allows it; nothing a handler throws can end the process.
import { Events, type Client, type Message } from "discord.js";
import type { Service } from "../../service.js";
import type { Logger } from "../../logger.js";
import type { DealDeps } from "../../core/deals/index.js";
import type { ChannelDelivery } from "../../ports/outbox.js";
import { t } from "../../locales/index.js";
import { createDiscordClient, deskInteraction } from "./client.js";
import { createDeskHandler, type DeskStores } from "./interactions.js";
import { createDiscordDelivery } from "./delivery.js";
import { createCardEditor } from "./cards.js";
import { createRelay } from "./relay.js";
import { createThreadAccess } from "./leadThreads.js";
import { createAttachmentDownload } from "./attachments.js";
import type { SellerCatalog } from "../../ports/sellerCatalog.js";

export interface DiscordDeskOptions {
  token: string;
  leadsChannelId: string;
  apiUrl?: string;
  /** Relay thread messages to buyers (needs the MessageContent intent); default on. */
  relay?: boolean;
  /** How long start() waits for the gateway before giving up (ms). */
  readyTimeoutMs?: number;
  /** How catalog attachments are downloaded (global fetch by default; tests inject one). */
  fetch?: typeof fetch;
}

export function createDiscordChannel(d: { deals: DealDeps; stores: DeskStores; logger: Logger; catalog?: SellerCatalog }, o: DiscordDeskOptions): { service: Service; delivery: ChannelDelivery; client: Client } {
  const log = d.logger.child({ component: "discord" });
  const client = createDiscordClient({ token: o.token, relay: o.relay, ...(o.apiUrl ? { apiUrl: o.apiUrl } : {}) });
  const delivery = createDiscordDelivery({ rest: client.rest, deals: d.deals, leadsChannelId: o.leadsChannelId, log });
  const desk = createDeskHandler({ deals: d.deals, stores: d.stores, cards: createCardEditor({ rest: client.rest, deals: d.deals, log }), log,
    onLinked: createThreadAccess({ rest: client.rest, desk: d.stores.desk, log }),
    ...(d.catalog ? { catalog: d.catalog } : {}),
    download: createAttachmentDownload({ ...(o.fetch ? { fetch: o.fetch } : {}), ...(o.apiUrl ? { apiUrl: o.apiUrl } : {}) }),
  });
  const relay = createRelay({ deals: d.deals, desk: d.stores.desk, log });

  client.on(Events.InteractionCreate, (i) => {
    void (async () => {
      const x = deskInteraction(i);
      if (x) await desk.handle(x.event, x.responder);
    })().catch((e: unknown) => log.error({ err: e, interactionId: i.id, user: i.user.id }, "discord interaction failed"));
  });
  if (o.relay !== false) {
    const relayOne = async (m: Message) => {
      if (!m.channel.isThread() || m.author.bot) return;
      try {
        const notice = await relay({ id: m.id, channelId: m.channelId, authorId: m.author.id, authorIsBot: m.author.bot, content: m.content, attachments: m.attachments.size });
        if (notice) await m.reply({ content: notice, allowedMentions: { parse: [] } });
      } catch (e) {
        log.error({ err: e, channelId: m.channelId, messageId: m.id, user: m.author.id }, "discord relay failed");
        // The seller must know the buyer did not get it; if even this fails, the log has it.
        await m.reply({ content: t("en", "discord-relay-failed"), allowedMentions: { parse: [] } })
          .catch((err: unknown) => log.warn({ err, channelId: m.channelId }, "relay failure notice not posted"));
      }
    };
    client.on(Events.MessageCreate, (m) => void relayOne(m).catch((e: unknown) => log.error({ err: e }, "discord message handler failed")));
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
