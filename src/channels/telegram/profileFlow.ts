// The optional buyer profile offered under /start's welcome: company name (text), company type
// (buttons), country (text), then the contact line a seller gets once the buyer agrees to share.
// /cancel skips it at any step; what was answered so far is kept.
import { companyNameSchema, companyTypeSchema, resolveCountry } from "../../core/buyers/profile.js";
import { contactLineSchema } from "../../core/deals/contactLine.js";
import { t } from "../../locales/index.js";
import { html, sessionOf, type BotContext, type TelegramDeps } from "./context.js";
import { loadProfile, saveProfile, saveState, type BuyerProfile, type ProfileStep } from "./conversation.js";
import { companyTypeKeyboard } from "./keyboards.js";
import { say } from "./render.js";

export async function startProfile(deps: TelegramDeps, ctx: BotContext): Promise<null> {
  const s = sessionOf(ctx);
  await saveState(deps.core.db, s.chatId, s.state, { mode: "profile", step: "company" });
  await ctx.reply(say(s.lang, "tg-profile-ask-company"), html);
  return null;
}

export async function profileText(deps: TelegramDeps, ctx: BotContext, step: ProfileStep, text: string): Promise<void> {
  const s = sessionOf(ctx);
  const db = deps.core.db;
  if (step === "company") {
    const name = companyNameSchema.safeParse(text);
    if (!name.success) {
      await ctx.reply(say(s.lang, "tg-profile-bad-company"), html);
      return;
    }
    await saveProfile(db, s.buyer.id, { company: name.data });
    await saveState(db, s.chatId, s.state, { mode: "profile", step: "type" });
    await ctx.reply(say(s.lang, "tg-profile-ask-type"), { ...html, reply_markup: companyTypeKeyboard(s.lang) });
    return;
  }
  if (step === "type") {
    // Typed instead of pressed: ask again with the buttons.
    await ctx.reply(say(s.lang, "tg-profile-ask-type"), { ...html, reply_markup: companyTypeKeyboard(s.lang) });
    return;
  }
  if (step === "country") {
    const country = resolveCountry(text);
    if (!country) {
      await ctx.reply(say(s.lang, "tg-profile-bad-country", { answer: text.slice(0, 60) }), html);
      return;
    }
    await saveProfile(db, s.buyer.id, { country });
    await saveState(db, s.chatId, s.state, { mode: "profile", step: "contact" });
    await ctx.reply(say(s.lang, "tg-profile-ask-contact"), html);
    return;
  }
  const line = contactLineSchema.safeParse(text);
  if (!line.success) {
    await ctx.reply(say(s.lang, "tg-profile-bad-contact"), html);
    return;
  }
  const profile = await saveProfile(db, s.buyer.id, { contact: line.data });
  await saveState(db, s.chatId, s.state, { mode: "idle" });
  await ctx.reply(savedText(s.lang, profile), html);
}

export async function chooseCompanyType(deps: TelegramDeps, ctx: BotContext, value: string): Promise<string | null> {
  const s = sessionOf(ctx);
  const type = companyTypeSchema.safeParse(value);
  if (!type.success) return t(s.lang, "tg-stale");
  await saveProfile(deps.core.db, s.buyer.id, { companyType: type.data });
  const st = s.state.state;
  // A type button pressed outside the profile steps (an old message) just updates the type.
  if (st.mode === "profile" && st.step === "type") {
    await saveState(deps.core.db, s.chatId, s.state, { mode: "profile", step: "country" });
    await ctx.reply(say(s.lang, "tg-profile-ask-country"), html);
    return null;
  }
  await ctx.reply(savedText(s.lang, await loadProfile(deps.core.db, s.buyer.id)), html);
  return null;
}

function savedText(lang: string, p: BuyerProfile): string {
  const none = t(lang, "tg-profile-none");
  const country = p.country ? (new Intl.DisplayNames([lang], { type: "region" }).of(p.country) ?? p.country) : none;
  const type = p.companyType ? t(lang, `company-type-${p.companyType}`) : none;
  return say(lang, "tg-profile-saved", { company: p.company ?? none, type, country });
}
