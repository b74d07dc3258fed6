// Test seam for the seller desk: plain events in, recorded replies, modals and card edits out.
import type { APIModalInteractionResponseCallbackData } from "discord-api-types/v10";
import type { CardEditor, DeskEvent, DeskMessage, DeskResponder } from "../../../src/channels/discord/seam.js";
import type { IntroductionStatus } from "../../../src/core/deals/index.js";
import type { QuoteFacts } from "../../../src/ports/outbox.js";

/** Records what a handler answered, and refuses what Discord refuses: a modal after any other answer. */
export class Recorder implements DeskResponder {
  replies: DeskMessage[] = [];
  modals: APIModalInteractionResponseCallbackData[] = [];
  deferred = false;
  async defer() {
    if (this.deferred || this.replies.length || this.modals.length) throw new Error("interaction already acknowledged (40060)");
    this.deferred = true;
  }
  async reply(m: DeskMessage) {
    this.replies.push(m);
  }
  async showModal(m: APIModalInteractionResponseCallbackData) {
    if (this.deferred || this.replies.length || this.modals.length) throw new Error("a modal must be the first answer (40060)");
    this.modals.push(m);
  }
  get last(): DeskMessage | undefined {
    return this.replies.at(-1);
  }
  /** The prefilled values of the last modal, by input id. */
  modalValues(): Record<string, string | undefined> {
    const out: Record<string, string | undefined> = {};
    for (const row of this.modals.at(-1)?.components ?? []) {
      const comps = "components" in row ? (row.components as { custom_id: string; value?: string }[]) : [];
      for (const c of comps) out[c.custom_id] = c.value;
    }
    return out;
  }
}

export class CardLog implements CardEditor {
  edits: { introductionId: string; status: IntroductionStatus; quote: QuoteFacts | null }[] = [];
  async setStatus(introductionId: string, status: IntroductionStatus, quote?: QuoteFacts | null) {
    this.edits.push({ introductionId, status, quote: quote ?? null });
  }
}

let n = 0;
export function event(userId: string, kind: DeskEvent["kind"], name: string, extra: Partial<DeskEvent> = {}): DeskEvent {
  return { kind, name, userId, userName: `user ${userId}`, interactionId: `ia-${++n}-${Date.now()}`, locale: "en-US", options: {}, values: [], fields: {}, ...extra };
}
