// Every expected failure (a CoreError) becomes one notice, in one place: the most specific message
// the locales have for its code and reason, with statuses as translated words.
import { hasMessage } from "../../locales/index.js";
import type { CoreError } from "../errors.js";
import { dealErrorKeys, quoteStatusKey, statusKey } from "../deals/messages.js";
import { INTRODUCTION_STATUSES, type IntroductionStatus } from "../deals/types.js";
import { notice, type MsgArg, type Reply } from "./replies.js";

export function errorNotice(e: CoreError): Reply {
  // Pressed twice or on a card that no longer applies: a short notice, nothing changed.
  if (e.code === "already_done") return notice("tg-already", undefined, { brief: true });
  const { keys, args } = dealErrorKeys(e);
  const out: Record<string, MsgArg> = { ...args };
  const status = typeof args.status === "string" ? args.status : typeof e.details.reason === "string" ? e.details.reason : null;
  if (status) out.status = { key: INTRODUCTION_STATUSES.includes(status as IntroductionStatus) ? statusKey(status as IntroductionStatus) : quoteStatusKey(status) };
  const key = keys.find(hasMessage) ?? "error-generic";
  return notice(key, out, { level: "error", ...(e.code === "not_found" ? { brief: true } : {}) });
}
