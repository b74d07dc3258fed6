// Inline keyboards: labels in the buyer's language, data from toCommand.encode.
import { InlineKeyboard } from "grammy";
import { t, availableLanguages, languageName } from "../../locales/index.js";
import { encode } from "./toCommand.js";
import { COMPANY_TYPES } from "../../core/buyers/profile.js";

export function requestKeyboard(lang: string, requestId: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(t(lang, "tg-btn-search"), encode({ kind: "search", requestId })).row()
    .text(t(lang, "tg-btn-edit"), encode({ kind: "edit", requestId }))
    .text(t(lang, "tg-btn-cancel"), encode({ kind: "cancelRequest", requestId }));
}

/** One [Introduce] per seller (their best-ranked row), then [Introduce top 3]. */
export function shortlistKeyboard(lang: string, requestId: string, round: number, rows: { matchId: string; seller: string }[]): InlineKeyboard {
  const kb = new InlineKeyboard();
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.seller)) continue;
    seen.add(r.seller);
    kb.text(t(lang, "tg-btn-introduce", { seller: r.seller.slice(0, 40) }), encode({ kind: "introduce", matchId: r.matchId })).row();
  }
  if (seen.size > 1) kb.text(t(lang, "tg-btn-introduce-top"), encode({ kind: "introduceTop", requestId, round }));
  kb.text(t(lang, "tg-btn-more"), encode({ kind: "more", requestId }));
  return kb;
}

export function quoteKeyboard(lang: string, quoteId: string, introductionId: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(t(lang, "tg-btn-accept"), encode({ kind: "accept", quoteId }))
    .text(t(lang, "tg-btn-counter"), encode({ kind: "counter", quoteId })).row()
    .text(t(lang, "tg-btn-ask"), encode({ kind: "ask", introductionId }))
    .text(t(lang, "tg-btn-decline"), encode({ kind: "decline", quoteId }));
}

export function writeKeyboard(lang: string, items: { introductionId: string; sellerName: string }[]): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const i of items) kb.text(t(lang, "tg-btn-write", { seller: i.sellerName.slice(0, 40) }), encode({ kind: "write", introductionId: i.introductionId })).row();
  return kb;
}

export function languageKeyboard(): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const l of availableLanguages()) kb.text(languageName(l), encode({ kind: "language", language: l }));
  return kb;
}

export const contactKeyboard = (lang: string, introductionId: string): InlineKeyboard =>
  new InlineKeyboard().text(t(lang, "tg-btn-share-contact"), encode({ kind: "shareContact", introductionId }));

/** Under the welcome: the optional profile (company, type, country, contact line). */
export function welcomeKeyboard(lang: string, hasProfile: boolean): InlineKeyboard {
  return new InlineKeyboard().text(t(lang, hasProfile ? "tg-btn-profile-edit" : "tg-btn-profile"), encode({ kind: "profile" }));
}

export function companyTypeKeyboard(lang: string): InlineKeyboard {
  const kb = new InlineKeyboard();
  COMPANY_TYPES.forEach((type, i) => {
    kb.text(t(lang, `company-type-${type}`), encode({ kind: "profileType", companyType: type }));
    if (i % 2 === 1) kb.row();
  });
  return kb;
}
