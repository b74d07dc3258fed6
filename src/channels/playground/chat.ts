// The buyer chat of the playground: an HTTP body decoded to a BuyerCommand, handled by the core
// conversation, the replies rendered as bubbles in the buyer's language. What the chat showed (the
// buyer's words, the replies, the sellers' pushes) is kept in the chat store's log, so a reload
// restores the conversation from the server.
import { handle, type BuyerCommand, type Reply } from "../../core/conversation/index.js";
import type { OutboxMessage } from "../../ports/outbox.js";
import { outboxBubble, replyBubble, replyBubbles, type Bubble } from "./render.js";
import { buyerOf } from "./session.js";
import type { PlaygroundRuntime } from "./deps.js";

/** One entry of the chat's log: replies are stored as data and rendered in the language of the moment. */
type LogEntry = { who: "you"; text: string } | { who: "bot"; replies: Reply[] } | { who: "seller"; message: OutboxMessage; sellerName?: string };

/** What the buyer typed: shown as it was, never as the command it became. */
function typedText(command: BuyerCommand): string | null {
  switch (command.kind) {
    case "text": case "counterText": return command.text;
    case "ask": case "write": return command.text ?? null;
    case "shareContact": return command.contact ?? null;
    default: return null;
  }
}

export async function buyerCommand(rt: PlaygroundRuntime, session: string, command: BuyerCommand): Promise<{ bubbles: Bubble[]; language: string }> {
  const buyer = await buyerOf(rt, session);
  const lang = buyer.lang;
  const replies = await handle(rt.conversation, buyer, command);
  const typed = typedText(command);
  const entries: LogEntry[] = [...(typed ? [{ who: "you" as const, text: typed }] : []), { who: "bot", replies }];
  await rt.conversation.chats.appendLog("playground", session, entries);
  return { bubbles: replyBubbles(lang, replies), language: buyer.lang };
}

/** Logs a seller's push for the chat's history; returns its bubble in the buyer's current language. */
export async function pushed(rt: PlaygroundRuntime, session: string, message: OutboxMessage, sellerName?: string): Promise<Bubble> {
  await rt.conversation.chats.appendLog("playground", session, [{ who: "seller", message, ...(sellerName ? { sellerName } : {}) }] satisfies LogEntry[]);
  return outboxBubble((await buyerOf(rt, session)).lang, message, sellerName);
}

/** The chat so far, in the buyer's current language. */
export async function history(rt: PlaygroundRuntime, session: string): Promise<{ bubbles: Bubble[]; language: string }> {
  const { lang } = await buyerOf(rt, session);
  const log = (await rt.conversation.chats.log("playground", session)) as LogEntry[];
  const bubbles = log.flatMap((e): Bubble[] => {
    if (e.who === "you") return [{ from: "you", lines: [e.text] }];
    if (e.who === "seller") return [outboxBubble(lang, e.message, e.sellerName)];
    return e.replies.map((r) => replyBubble(lang, r));
  });
  return { bubbles, language: lang };
}

/** The buyer's saved contact line, offered again when they share with another seller. */
export async function buyerContact(rt: PlaygroundRuntime, session: string): Promise<string | null> {
  return (await rt.conversation.buyers.profile((await buyerOf(rt, session)).buyerId)).contact;
}
