// The seller desk's dispatcher: a slash command or a component/modal custom id picks its entry in
// an action table (actions/), which says how Discord is answered and runs on typed data. Handlers
// take a plain DeskEvent and answer through a DeskResponder, so tests drive them with the real
// deals core and database. Authorization is the core's: a non-member pressing a lead's button gets
// its forbidden error, worded here, and nothing changes. No failure escapes `handle`.
import { dealErrorKeys } from "../../core/deals/index.js";
import { isCoreError } from "../../core/errors.js";
import { pickLanguage, t } from "../../locales/index.js";
import { ACTIONS, parseCustomId, type DeskAction } from "./customIds.js";
import { LinkAttempts, QuoteDrafts } from "./deskState.js";
import { createAttachmentDownload } from "./attachments.js";
import { COMMANDS, isCommandName } from "./actions/commands.js";
import { LEAD_BUTTONS } from "./actions/leadButtons.js";
import { LEAD_FORMS } from "./actions/leadForms.js";
import { firstKey, type ActionContext, type ActionEntry, type DeskDeps } from "./actions/context.js";
import type { DeskEvent, DeskResponder } from "./seam.js";

export type { DeskDeps, DeskStores } from "./actions/context.js";

/** Every custom-id action has exactly one entry (a missing one is a type error). */
export const COMPONENT_ACTIONS = { ...LEAD_BUTTONS, ...LEAD_FORMS } as const satisfies Record<DeskAction, ActionEntry>;

function entryFor(ev: DeskEvent): ActionEntry | null {
  if (ev.kind === "command") return isCommandName(ev.name) ? COMMANDS[ev.name] : null;
  const parsed = parseCustomId(ev.name);
  return parsed && ACTIONS.includes(parsed.action) ? COMPONENT_ACTIONS[parsed.action] : null;
}

/**
 * A form must be Discord's first answer, so it cannot be deferred. If the access check before it
 * is still running near the end of the 3-second window, the seller is asked to press again
 * instead of the interaction dying silently; the form, if it comes after that, is dropped.
 */
function modalDeadline(r: DeskResponder, ms: number, busy: () => string, log: (e: unknown) => void): { responder: DeskResponder; done: () => void } {
  let answered = false;
  let late = false;
  const timer = setTimeout(() => {
    if (answered) return;
    late = true;
    r.reply({ content: busy(), ephemeral: true }).catch(log);
  }, ms);
  const first = <T>(fn: () => Promise<T>) => {
    answered = true;
    clearTimeout(timer);
    return fn();
  };
  return {
    responder: {
      defer: () => first(() => r.defer()),
      reply: (m) => first(() => r.reply(m)),
      showModal: async (m) => (late ? undefined : first(() => r.showModal(m))),
    },
    done: () => clearTimeout(timer),
  };
}

/** Longest wait for the seller's chosen language: past it the app's locale answers, within Discord's 3 s. */
const CHOSEN_LANGUAGE_WAIT_MS = 300;

/**
 * The language to answer in: the one the seller chose with /language (Discord's apps offer no
 * Arabic, say), else the app's own locale. A slow or failing database costs only the choice.
 */
async function interactionLanguage(d: Pick<DeskDeps, "stores">, ev: DeskEvent): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), CHOSEN_LANGUAGE_WAIT_MS)));
  const chosen = await Promise.race([d.stores.desk.chosenLanguage("discord", ev.userId).catch(() => null), late]).finally(() => clearTimeout(timer));
  return pickLanguage(chosen ?? ev.locale);
}

export function createDeskHandler(d: DeskDeps & { modalDeadlineMs?: number }) {
  const deps = {
    ...d,
    drafts: d.drafts ?? new QuoteDrafts(d.stores.chatState, d.deals.clock),
    linkLimiter: d.linkLimiter ?? new LinkAttempts(d.stores.chatState, d.deals.clock),
    download: d.download ?? createAttachmentDownload(),
  };

  async function handle(ev: DeskEvent, original: DeskResponder): Promise<void> {
    const lang = await interactionLanguage(d, ev);
    const entry = entryFor(ev);
    const timed = entry?.response === "modal"
      ? modalDeadline(original, d.modalDeadlineMs ?? 2_500, () => t(lang, "discord-busy-retry"), (e) => d.log.warn({ err: e, interaction: ev.name }, "busy notice not sent"))
      : null;
    const r = timed?.responder ?? original;
    const c: ActionContext = { deps, ev, r, lang, actor: { platform: "discord", userId: ev.userId }, say: (content) => r.reply({ content, ephemeral: true }) };
    // Answering may fail too (the interaction expired, Discord is down): logged, never thrown.
    const answer = (content: string) => c.say(content).catch((e: unknown) => d.log.warn({ err: e, interaction: ev.name, user: ev.userId }, "discord interaction could not be answered"));
    try {
      if (!entry) return await answer(t(lang, "discord-error-unknown-action"));
      if (entry.response === "deferred") await r.defer();
      if (!(await entry.exec(c))) await answer(t(lang, "discord-error-unknown-action"));
    } catch (e) {
      if (isCoreError(e)) {
        const { keys, args } = dealErrorKeys(e);
        if (e.code === "illegal_transition" && typeof args.status === "string") args.status = t(lang, `deal-status-${args.status}`);
        return answer(firstKey(lang, keys, args));
      }
      d.log.error({ err: e, interaction: ev.name, kind: ev.kind, user: ev.userId }, "discord interaction failed");
      await answer(t(lang, "discord-error-generic"));
    } finally {
      timed?.done();
      // After the answer, never delaying it: lead cards and thread posts go out later in this language.
      if (ev.locale) void d.stores.desk.noteMemberLanguage("discord", ev.userId, pickLanguage(ev.locale)).catch((e: unknown) => d.log.warn({ err: e, user: ev.userId }, "seller's language not remembered"));
    }
  }

  return { handle };
}
