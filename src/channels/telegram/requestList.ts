// /requests: the buyer's latest requests with their status.
import { t } from "../../locales/index.js";
import { html, sessionOf, type BotContext, type TelegramDeps } from "./context.js";
import { esc, say } from "./render.js";

export async function listRequests(deps: TelegramDeps, ctx: BotContext): Promise<void> {
  const s = sessionOf(ctx);
  const rows = await deps.core.db.prisma.sourcingRequest.findMany({
    where: { buyerId: s.buyer.id }, orderBy: { createdAt: "desc" }, take: 10,
    select: { product: true, rawText: true, status: true, createdAt: true, _count: { select: { introductions: true } } },
  });
  if (!rows.length) {
    await ctx.reply(say(s.lang, "tg-requests-empty"), html);
    return;
  }
  const lines = rows.map((r) => `• ${esc(r.product ?? r.rawText.slice(0, 60))} — ${esc(t(s.lang, `tg-request-status-${r.status}`))} (${r.createdAt.toISOString().slice(0, 10)})`);
  await ctx.reply(`${say(s.lang, "tg-requests-title")}\n${lines.join("\n")}`, html);
}
