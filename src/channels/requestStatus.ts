// A request's status as /requests shows it in every chat channel: the status word, and for a
// request nothing fitted that its buyer is watching, until when Caravan looks for a seller.
import { t } from "../locales/index.js";

export function requestStatus(lang: string, item: { status: string; watchingUntil?: string }): string {
  const status = t(lang, `tg-request-status-${item.status}`);
  return item.watchingUntil ? `${status} · ${t(lang, "tg-request-watching", { date: item.watchingUntil })}` : status;
}
