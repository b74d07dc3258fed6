// What every desk action gets, and the shape of an action-table entry. An entry says how it
// answers Discord — a modal must be the interaction's first response, anything else is deferred
// before any work so Discord's 3-second window can never run out (10062) — and runs on typed data.
import type { Logger } from "../../../logger.js";
import type { DealDeps } from "../../../core/deals/index.js";
import type { ChatStore } from "../../../ports/chatStore.js";
import type { SellerDeskStore } from "../../../ports/sellerDesk.js";
import type { SellerCatalog } from "../../../ports/sellerCatalog.js";
import type { AttachmentDownload } from "../attachments.js";
import { t } from "../../../locales/index.js";
import type { LinkAttempts, QuoteDrafts } from "../deskState.js";
import type { CardEditor, DeskEvent, DeskResponder } from "../seam.js";

export interface DeskStores {
  desk: SellerDeskStore;
  chatState: ChatStore;
}

export interface DeskDeps {
  deals: DealDeps;
  stores: DeskStores;
  cards: CardEditor;
  log: Logger;
  drafts?: QuoteDrafts;
  linkLimiter?: LinkAttempts;
  /** After a successful /link: give the new member access to their seller's open lead threads. */
  onLinked?: (sellerId: string, userId: string) => Promise<unknown>;
  /** Sellers' own catalog uploads (/catalog). */
  catalog?: SellerCatalog;
  /** Fetches a command's attachment (Discord's CDN by default; tests inject their own). */
  download?: AttachmentDownload;
}

export interface ActionContext {
  deps: DeskDeps & { drafts: QuoteDrafts; linkLimiter: LinkAttempts; download: AttachmentDownload };
  ev: DeskEvent;
  r: DeskResponder;
  lang: string;
  actor: { platform: "discord"; userId: string };
  /** An ephemeral reply. */
  say(content: string): Promise<void>;
}

/** "modal": opens a form (cannot be deferred); "deferred": acknowledged at once, answered when done. */
export type Response = "modal" | "deferred";

export interface Action<Data> {
  readonly response: Response;
  /** The event's data in this action's terms, or null when it is not (then the seller is told). */
  readonly parse: (ev: DeskEvent) => Data | null;
  readonly run: (c: ActionContext, data: Data) => Promise<void>;
}

/** A table entry: the typed action plus one uniform entry point, so a table can hold many data types. */
export interface ActionEntry {
  readonly response: Response;
  /** Parses and runs; false when the event's data did not parse (nothing was done). */
  readonly exec: (c: ActionContext) => Promise<boolean>;
}

export function action<Data>(a: Action<Data>): Action<Data> & ActionEntry {
  return {
    ...a,
    async exec(c) {
      const data = a.parse(c.ev);
      if (data === null) return false;
      await a.run(c, data);
      return true;
    },
  };
}

/** Translates the first key the locale has (core errors come with fallbacks). */
export function firstKey(lang: string, keys: string[], args: Record<string, string | number>): string {
  for (const k of keys) {
    const s = t(lang, k, args);
    if (s !== k) return s;
  }
  return t(lang, "discord-error-generic");
}
