// Commands about the chat itself: /start, /help, /new, cancel, /language.
import { availableLanguages, pickLanguage } from "../../locales/index.js";
import { setState, type Turn } from "./deps.js";
import { IDLE } from "./state.js";
import { button, notice, type Reply } from "./replies.js";

/** Leaves any pending question; an unfinished request (still asking) is dropped with it. */
async function leave(turn: Turn): Promise<boolean> {
  const st = turn.state;
  if (st.mode === "idle") return false;
  if (st.mode === "clarify") {
    const r = await turn.deps.requests.load(st.requestId);
    if (r?.status === "draft") await turn.deps.requests.cancel(turn.buyer.buyerId, r.id);
  }
  setState(turn, IDLE);
  return true;
}

export async function start(turn: Turn): Promise<Reply[]> {
  await leave(turn);
  const p = await turn.deps.buyers.profile(turn.buyer.buyerId);
  const hasProfile = Boolean(p.company || p.country);
  return [{ kind: "welcome", hasProfile, buttons: [[button(hasProfile ? "tg-btn-profile-edit" : "tg-btn-profile", { kind: "profile" })]] }];
}

export async function newRequestPrompt(turn: Turn): Promise<Reply[]> {
  await leave(turn);
  return [notice("tg-new")];
}

export async function cancel(turn: Turn): Promise<Reply[]> {
  return [notice((await leave(turn)) ? "tg-cancelled" : "tg-nothing-to-cancel")];
}

export async function language(turn: Turn, code?: string): Promise<Reply[]> {
  const choices = availableLanguages();
  if (!code || !choices.includes(code)) {
    return [{ kind: "languages", choices, buttons: [choices.map((l) => button(`conv-language-${l}`, { kind: "language", language: l }))] }];
  }
  const lang = pickLanguage(code);
  await turn.deps.buyers.setLanguage(turn.buyer.buyerId, lang);
  turn.buyer.lang = lang;
  return [{ kind: "languageSet", language: lang }];
}
