// A turn's outcome kept with the chat (ChatStore's turn records), so an input that comes twice —
// Telegram redelivering an update after a timeout, a polling restart before the offset was
// confirmed, another instance redoing a dead process's claim — is answered from the record
// instead of being run again: the state does not move twice, nothing is created twice, and only the
// messages that had not reached the chat yet are sent.
import { z } from "zod";
import type { TurnRecord } from "../../ports/chatStore.js";
import type { Reply } from "./replies.js";

/** What a keyed turn answered, and how many of its rendered messages already reached the chat. */
export interface TurnOutcome {
  replies: Reply[];
  /** The language the replies are rendered in (a /language turn changes it). */
  lang: string;
  sent: number;
  /** True when the outcome comes from an earlier attempt of the same input. */
  replayed: boolean;
}

// Stored JSON is read back through a schema: a malformed record is ignored, never trusted.
const recordSchema = z.object({
  key: z.string(),
  lang: z.string(),
  replies: z.array(z.looseObject({ kind: z.string() })),
  sent: z.number().int().nonnegative(),
});

/** The record of turn `key` among a chat's stored turns, if one was kept. */
export function findTurn(turns: unknown, key: string): TurnRecord | null {
  if (!Array.isArray(turns)) return null;
  for (const t of turns) {
    const r = recordSchema.safeParse(t);
    if (r.success && r.data.key === key) return r.data;
  }
  return null;
}

export const outcomeOf = (r: TurnRecord): TurnOutcome => ({ replies: r.replies as Reply[], lang: r.lang, sent: r.sent, replayed: true });
