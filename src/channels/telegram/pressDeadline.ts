// Telegram shows a spinner on a pressed button until the bot answers the callback query, and
// refuses answers after a few seconds. Under a burst a press can wait in the update queue longer
// than that, so a press the handler has not answered within `ms` of its arrival is answered here
// (silently); the handler's own answer later is then skipped instead of failing.
import type { Transformer } from "grammy";
import type { Update } from "grammy/types";

export interface PressDeadline {
  /** API transformer: notes the handler's answers and skips those already given here. */
  transformer: Transformer;
  /** Starts the clock for a press as it arrives. */
  watch(update: Update): void;
  stop(): void;
}

export function createPressDeadline(answer: (callbackQueryId: string) => Promise<unknown>, ms = 2_500): PressDeadline {
  const answered = new Set<string>();
  const early = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();

  const transformer: Transformer = async (prev, method, payload, signal) => {
    if (method === "answerCallbackQuery") {
      const id = (payload as { callback_query_id?: string }).callback_query_id ?? "";
      const timer = timers.get(id);
      if (timer) clearTimeout(timer);
      timers.delete(id);
      if (early.delete(id)) return { ok: true, result: true } as Awaited<ReturnType<typeof prev>>;
      answered.add(id);
      setTimeout(() => answered.delete(id), ms * 4).unref();
    }
    return prev(method, payload, signal);
  };

  return {
    transformer,
    watch(update) {
      const id = update.callback_query?.id;
      if (!id || answered.has(id) || timers.has(id)) return;
      timers.set(id, setTimeout(() => {
        timers.delete(id);
        if (answered.has(id)) return;
        early.add(id);
        // Forgotten after a while: a handler that never answers must not leak the id.
        setTimeout(() => early.delete(id), 60_000).unref();
        answer(id).catch(() => undefined);
      }, ms).unref());
    },
    stop() {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
