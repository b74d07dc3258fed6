// The playground as an outbox channel: messages for platform "playground" are pushed to the open
// pages over SSE — buyer-bound ones to the buyer's session (payload.to, and kept in the chat's log
// for a reload), seller-bound ones to every session playing that seller. A page that is closed
// misses the push but not the message: the log, the thread and the leads are read when it opens.
import type { ChannelDelivery, DeliveryResult, OutboxMessage } from "../../ports/outbox.js";
import type { EventHub } from "./events.js";
import type { PlaygroundRuntime } from "./deps.js";
import { pushed } from "./chat.js";

export function createPlaygroundDelivery(rt: PlaygroundRuntime, hub: EventHub): ChannelDelivery {
  return {
    platform: "playground",
    async deliver(message: OutboxMessage): Promise<DeliveryResult> {
      const p = message.payload as { introductionId?: string; sellerId?: string; threadMessageId?: string; to?: { externalId: string } | null };
      let pages = 0;
      if (p.to) {
        // Contact payloads name the seller by id only; the chat names it as every other bubble does.
        const named = "seller" in message.payload || !p.sellerId ? undefined : ((await rt.store.sellerName(p.sellerId)) ?? undefined);
        const bubble = await pushed(rt, p.to.externalId, message, named);
        pages = hub.publish(p.to.externalId, { type: "buyer", kind: message.kind, introductionId: p.introductionId, bubble });
      } else if (p.sellerId) {
        // Once both agreed, the buyer's contact goes along: these sessions are the seller's own.
        const contact = message.kind === "contacts" ? { contact: message.payload.counterpart } : {};
        for (const session of await rt.store.sessionsOfSeller(p.sellerId))
          pages += hub.publish(session, { type: "seller", kind: message.kind, introductionId: p.introductionId, ...contact });
      }
      // A thread message's id lets a reply route back to it; a lead gets no Discord ids.
      return { pages, ...(p.threadMessageId && message.kind !== "lead" ? { messageId: p.threadMessageId } : {}) };
    },
  };
}
