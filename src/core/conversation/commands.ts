// What a buyer means, whatever the channel: a button, a slash command or typed text decodes to one
// BuyerCommand. Channels decode; the conversation (handle.ts) acts. The zod schema checks commands
// that arrive as data (the playground's HTTP body; Telegram's callback data is decoded by hand).
import { z } from "zod";

const id = z.string().regex(/^[\w-]{1,60}$/, "must be an id");
const text = z.string().trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters");
/** A card's revision (request cards) or round (shortlists): an older card is refused as stale. */
const rev = z.string().regex(/^[0-9a-z]{1,12}$/).optional();

export const buyerCommandSchema = z.discriminatedUnion("kind", [
  // Typed text: routed by the chat's state (answer, message to a seller, profile step) or a new request.
  z.object({ kind: z.literal("text"), text, replyTo: z.string().max(100).optional(), clientKey: z.string().max(100).optional() }),
  z.object({ kind: z.literal("start") }),
  z.object({ kind: z.literal("help") }),
  z.object({ kind: z.literal("newRequest") }),
  z.object({ kind: z.literal("cancel") }),
  z.object({ kind: z.literal("language"), language: z.string().regex(/^[a-z]{2}$/).optional() }),
  z.object({ kind: z.literal("requests") }),
  z.object({ kind: z.literal("quotes") }),
  z.object({ kind: z.literal("threads") }),
  // Request card.
  z.object({ kind: z.literal("search"), requestId: id, rev }),
  z.object({ kind: z.literal("edit"), requestId: id, rev }),
  z.object({ kind: z.literal("cancelRequest"), requestId: id }),
  // Shortlist.
  z.object({ kind: z.literal("more"), requestId: id, round: z.number().int().min(1).max(1000).optional() }),
  z.object({ kind: z.literal("introduce"), matchId: id }),
  z.object({ kind: z.literal("introduceTop"), requestId: id, round: z.number().int().min(1).max(1000) }),
  // Nothing fitted: tell me when a seller lists it.
  z.object({ kind: z.literal("watch"), requestId: id }),
  // Quotes and threads. ask/write/counter without text put the chat in a writing mode; with text they send it.
  z.object({ kind: z.literal("accept"), quoteId: id }),
  z.object({ kind: z.literal("decline"), quoteId: id }),
  z.object({ kind: z.literal("declineThread"), introductionId: id }),
  z.object({ kind: z.literal("counter"), quoteId: id }),
  z.object({ kind: z.literal("counterText"), introductionId: id, text }),
  z.object({ kind: z.literal("ask"), introductionId: id, text: text.optional() }),
  z.object({ kind: z.literal("write"), introductionId: id, text: text.optional() }),
  z.object({ kind: z.literal("shareContact"), introductionId: id, contact: text.optional() }),
  // Profile.
  z.object({ kind: z.literal("profile") }),
  z.object({ kind: z.literal("profileType"), companyType: z.string().max(30) }),
  // A button the channel could not read (an old or forged one).
  z.object({ kind: z.literal("stale") }),
]);
export type BuyerCommand = z.infer<typeof buyerCommandSchema>;
export type CommandOf<K extends BuyerCommand["kind"]> = Extract<BuyerCommand, { kind: K }>;

/** Slash commands every chat understands, typed alone or with an argument (`/language fr`). */
export const SLASH_COMMANDS = ["start", "new", "requests", "quotes", "threads", "language", "help", "cancel"] as const;

const CANCEL_WORDS = /^\s*(?:cancel|stop|annuler|annule|arr[eê]te[rz]?|quit)\s*[.!]*\s*$/i;

/**
 * Typed text that is itself a command: `/new`, `/language fr`, or "cancel"/"annuler"/"stop" alone.
 * These win over a pending question. Null when the text is ordinary text.
 */
export function typedCommand(raw: string): BuyerCommand | null {
  if (CANCEL_WORDS.test(raw)) return { kind: "cancel" };
  const m = /^\/([a-z_]+)(?:@\w+)?(?:\s+(.*))?$/is.exec(raw.trim());
  if (!m) return null;
  const arg = (m[2] ?? "").trim().toLowerCase();
  switch (m[1]!.toLowerCase()) {
    case "start": return { kind: "start" };
    case "new": return { kind: "newRequest" };
    case "cancel": return { kind: "cancel" };
    case "requests": return { kind: "requests" };
    case "quotes": return { kind: "quotes" };
    case "threads": return { kind: "threads" };
    case "language": return /^[a-z]{2}$/.test(arg) ? { kind: "language", language: arg } : { kind: "language" };
    default: return { kind: "help" };
  }
}
