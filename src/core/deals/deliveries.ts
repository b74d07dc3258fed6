// What a delivery teaches the core. The worker calls `recordDelivery` after a channel posted a
// message and before marking it delivered, so it may run twice after a crash: every effect here
// is idempotent. A delivered lead moves proposed → delivered and remembers its Discord thread and
// card; a relayed message remembers its platform id so a reply to it routes back to the thread.
import type { DeliveryResult, OutboxMessage } from "../../ports/outbox.js";
import type { DealDeps } from "./deps.js";

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : typeof v === "number" ? String(v) : null);

export async function recordDelivery(deps: DealDeps, message: OutboxMessage, result: DeliveryResult): Promise<void> {
  const now = deps.clock.now();
  const payload = message.payload as { introductionId?: string; threadMessageId?: string };
  const messageId = str(result.messageId);
  await deps.deals.transact(async (tx) => {
    if (message.kind === "lead" && payload.introductionId) {
      const ctx = await tx.lockIntroduction(payload.introductionId);
      if (!ctx) return;
      const ids = {
        ...(str(result.threadId) && !ctx.intro.discordThreadId ? { discordThreadId: str(result.threadId) } : {}),
        ...(messageId && !ctx.intro.discordCardId ? { discordCardId: messageId } : {}),
      };
      const delivered = ctx.intro.status === "proposed" ? { status: "delivered" as const, deliveredAt: now } : {};
      if (Object.keys(ids).length || Object.keys(delivered).length) await tx.updateIntroduction(ctx.intro.id, ctx.intro.status, { ...ids, ...delivered });
      return;
    }
    if (payload.threadMessageId && messageId) await tx.setMessagePlatformId(payload.threadMessageId, message.platform, messageId);
  });
}
