// The chat's state between two messages: what the next typed text means. Stored as JSON by the
// ChatStore with a row version (optimistic locking); the schema itself carries `v`, so a change of
// shape reads old rows through `readState` instead of losing them.
import { z } from "zod";
import type { ClarifyingQuestion } from "../extraction/clarify.js";

export const STATE_VERSION = 1;

const questionSchema = z.object({ kind: z.string(), key: z.string(), params: z.record(z.string(), z.string()) });

const modes = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("idle") }),
  /** A request is being completed: one question at a time. */
  z.object({ mode: z.literal("clarify"), requestId: z.string(), question: questionSchema }),
  /** The next text replaces the request's text (the [Edit] button). */
  z.object({ mode: z.literal("edit"), requestId: z.string() }),
  /** The next text goes to this thread ([Ask], [Write] in /threads). */
  z.object({ mode: z.literal("write"), introductionId: z.string(), sellerName: z.string(), question: z.boolean().optional() }),
  /** The next text is a counter-offer on this quote. */
  z.object({ mode: z.literal("counter"), introductionId: z.string(), quoteId: z.string(), sellerName: z.string() }),
  /** The optional profile: company name, type (buttons), country, contact line. */
  z.object({ mode: z.literal("profile"), step: z.enum(["company", "type", "country", "contact"]) }),
]);

export const chatStateSchema = z.intersection(z.object({ v: z.literal(STATE_VERSION) }), modes);
export type ChatState = z.infer<typeof modes>;
export type ProfileStep = Extract<ChatState, { mode: "profile" }>["step"];

export const IDLE: ChatState = { mode: "idle" };

/** The stored JSON as a state: version 1, or the unversioned rows written before it (same shape); anything else is idle. */
export function readState(raw: unknown): ChatState {
  const candidate = raw && typeof raw === "object" && !("v" in raw) ? { ...raw, v: STATE_VERSION } : raw;
  const r = chatStateSchema.safeParse(candidate);
  if (!r.success) return IDLE;
  const { v: _v, ...state } = r.data;
  return state as ChatState;
}

export const writeState = (s: ChatState): unknown => ({ v: STATE_VERSION, ...s });

export const asQuestion = (q: z.infer<typeof questionSchema>): ClarifyingQuestion => q as ClarifyingQuestion;
