// Free text → a request card: parse, ask the missing facts one at a time, then the card with
// [Search suppliers] [Edit] [Cancel]; the search shows the shortlist with [Introduce] buttons.
import { t } from "../../locales/index.js";
import { assertCanOpenRequest } from "../../core/deals/antiSpam.js";
import { introduce } from "../../core/deals/introduce.js";
import { clarifyInputFor, mergeAnswer, nextQuestion, renderQuestion, type ClarifyInput } from "../../core/extraction/clarify.js";
import { INTRODUCE_TOP, shortlistRound } from "../../core/matching/shortlistRound.js";
import { renderSuggestion } from "../../core/matching/renderReasons.js";
import { createMatchStore } from "../../adapters/db/matchStore.js";
import type { StructuredRequest } from "../../core/model.js";
import { html, sessionOf, type BotContext, type TelegramDeps } from "./context.js";
import { asQuestion, saveState } from "./conversation.js";
import { createRequest, loadRequest, updateRequest } from "../../adapters/db/requestStore.js";
import { esc, requestCard, say, shortlistCard } from "./render.js";
import { requestKeyboard, shortlistKeyboard } from "./keyboards.js";

const today = (deps: TelegramDeps) => deps.core.clock.now().toISOString().slice(0, 10);

/** Asks the next missing fact, or shows the card when nothing is missing. */
async function askOrShow(deps: TelegramDeps, ctx: BotContext, requestId: string, input: ClarifyInput): Promise<void> {
  const s = sessionOf(ctx);
  const q = nextQuestion(input);
  if (q) {
    await saveState(deps.core.db, s.chatId, s.state, { mode: "clarify", requestId, question: q });
    await ctx.reply(esc(renderQuestion(q, s.lang)), html);
    return;
  }
  await saveState(deps.core.db, s.chatId, s.state, { mode: "idle" });
  await ctx.reply(requestCard(s.lang, input.request), { ...html, reply_markup: requestKeyboard(s.lang, requestId) });
}

async function parse(deps: TelegramDeps, ctx: BotContext, text: string): Promise<StructuredRequest> {
  const r = await deps.core.parser.parse(text, { now: today(deps) });
  // The buyer chose a language in /language; answer in it whatever the message's language.
  return { ...r, language: sessionOf(ctx).lang };
}

export async function newRequest(deps: TelegramDeps, ctx: BotContext, text: string): Promise<void> {
  const s = sessionOf(ctx);
  await assertCanOpenRequest(deps.deals, s.actor);
  const request = await parse(deps, ctx, text);
  const id = await createRequest(deps.core.db, s.buyer.id, text, request);
  await askOrShow(deps, ctx, id, clarifyInputFor(text, request, { now: today(deps) }));
}

export async function editedRequest(deps: TelegramDeps, ctx: BotContext, requestId: string, text: string): Promise<void> {
  const s = sessionOf(ctx);
  const loaded = await loadRequest(deps.core.db, requestId);
  if (!loaded || loaded.buyerId !== s.buyer.id || !["draft", "ready"].includes(loaded.status)) return newRequest(deps, ctx, text);
  const request = await parse(deps, ctx, text);
  await updateRequest(deps.core.db, requestId, request, text);
  await askOrShow(deps, ctx, requestId, clarifyInputFor(text, request, { now: today(deps) }));
}

export async function answerQuestion(deps: TelegramDeps, ctx: BotContext, state: { requestId: string; question: Parameters<typeof asQuestion>[0] }, text: string): Promise<void> {
  const s = sessionOf(ctx);
  const loaded = await loadRequest(deps.core.db, state.requestId);
  if (!loaded || loaded.buyerId !== s.buyer.id) return newRequest(deps, ctx, text);
  const question = asQuestion(state.question);
  const merged = mergeAnswer({ ...loaded.request, language: s.lang }, question, text, { now: today(deps) });
  if (!merged.understood) {
    await ctx.reply(`${say(s.lang, "clarify-not-understood")} ${esc(renderQuestion(question, s.lang))}`, html);
    return;
  }
  // "Yes, one request per product": this request keeps the first product; the buyer sends the others after.
  const request = merged.split?.[0] ?? merged.request;
  await updateRequest(deps.core.db, loaded.id, request);
  await askOrShow(deps, ctx, loaded.id, { request });
}

/** The request behind a button, if it is this buyer's and in one of `statuses`; null = stale card. */
async function ownRequest(deps: TelegramDeps, ctx: BotContext, requestId: string, statuses: string[]) {
  const loaded = await loadRequest(deps.core.db, requestId);
  if (!loaded || loaded.buyerId !== sessionOf(ctx).buyer.id || !statuses.includes(loaded.status)) return null;
  return loaded;
}

/** [Search suppliers]: the shortlist, stored as Match rows, with one [Introduce] per seller. */
export async function search(deps: TelegramDeps, ctx: BotContext, requestId: string, more = false): Promise<string | null> {
  const s = sessionOf(ctx);
  const loaded = await ownRequest(deps, ctx, requestId, more ? ["matched", "introduced"] : ["ready"]);
  if (!loaded) return t(s.lang, "tg-stale");
  const shortlist = await shortlistRound(deps.core, createMatchStore(deps.core.db), loaded, { more });
  if (shortlist.round === null) {
    if (more) {
      await ctx.reply(say(s.lang, "tg-no-more"), html);
      return null;
    }
    const hint = shortlist.suggestion ? `\n${esc(renderSuggestion(t, s.lang, shortlist.suggestion))}` : "";
    await ctx.reply(`${say(s.lang, "tg-shortlist-empty")}${hint}`, html);
    return null;
  }
  const rows = shortlist.items.map((i, n) => ({ matchId: shortlist.matchIds[n] ?? "", seller: i.product.seller })).filter((r) => r.matchId);
  await ctx.reply(shortlistCard(s.lang, loaded.request.product ?? "", shortlist.items), { ...html, reply_markup: shortlistKeyboard(s.lang, loaded.id, shortlist.round, rows) });
  return null;
}

export async function cancelRequest(deps: TelegramDeps, ctx: BotContext, requestId: string): Promise<string | null> {
  const s = sessionOf(ctx);
  const r = await deps.core.db.prisma.sourcingRequest.updateMany({
    where: { id: requestId, buyerId: s.buyer.id, status: { in: ["draft", "ready", "matched"] } },
    data: { status: "cancelled" },
  });
  if (r.count !== 1) return t(s.lang, "tg-stale");
  if (s.state.state.mode !== "idle") await saveState(deps.core.db, s.chatId, s.state, { mode: "idle" });
  await ctx.reply(say(s.lang, "tg-request-cancelled"), html);
  return null;
}

export async function startEdit(deps: TelegramDeps, ctx: BotContext, requestId: string): Promise<string | null> {
  const s = sessionOf(ctx);
  if (!(await ownRequest(deps, ctx, requestId, ["draft", "ready"]))) return t(s.lang, "tg-stale");
  await saveState(deps.core.db, s.chatId, s.state, { mode: "edit", requestId });
  await ctx.reply(say(s.lang, "tg-edit-prompt"), html);
  return null;
}

async function introduced(ctx: BotContext, created: { sellerName: string }[]): Promise<void> {
  const s = sessionOf(ctx);
  await ctx.reply(say(s.lang, "tg-introduced", { sellers: created.map((c) => c.sellerName).join(", ") }), html);
}

export async function introduceOne(deps: TelegramDeps, ctx: BotContext, matchId: string): Promise<string | null> {
  const s = sessionOf(ctx);
  const m = await deps.core.db.prisma.match.findUnique({ where: { id: matchId }, select: { requestId: true } });
  if (!m) return t(s.lang, "tg-stale");
  const r = await introduce(deps.deals, s.actor, { requestId: m.requestId, matchIds: [matchId] });
  await introduced(ctx, r.created);
  return null;
}

export async function introduceTop(deps: TelegramDeps, ctx: BotContext, requestId: string, round: number): Promise<string | null> {
  const s = sessionOf(ctx);
  const top = await createMatchStore(deps.core.db).topSellerMatches(requestId, round, INTRODUCE_TOP);
  if (!top.length) return t(s.lang, "tg-stale");
  const r = await introduce(deps.deals, s.actor, { requestId, matchIds: top });
  await introduced(ctx, r.created);
  return null;
}
