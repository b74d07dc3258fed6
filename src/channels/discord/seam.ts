// The thin seam between discord.js and the desk's handlers: a plain event in, replies out.
// Production wraps a discord.js interaction (client.ts); tests record what the handlers answered.
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed, APIModalInteractionResponseCallbackData } from "discord-api-types/v10";
import type { IntroductionStatus } from "../../core/deals/index.js";
import type { QuoteFacts } from "../../ports/outbox.js";

export interface DeskEvent {
  kind: "command" | "button" | "select" | "modal";
  /** The interaction id: a redelivered submission is recognised by it. */
  interactionId: string;
  userId: string;
  userName: string;
  locale: string | null;
  /** The command name, or the component / modal custom id. */
  name: string;
  /** Slash command string options. */
  options: Record<string, string>;
  /** Selected values of a select menu. */
  values: string[];
  /** Text inputs of a modal, by custom id. */
  fields: Record<string, string>;
  /** A slash command's subcommand (`/catalog upload` → "upload"). */
  subcommand?: string;
  /** A slash command's attachment option, as Discord announced it (not yet downloaded). */
  attachment?: DeskAttachment;
}

export interface DeskAttachment {
  name: string;
  /** Where Discord serves it (its CDN). */
  url: string;
  /** Bytes, as Discord announced. */
  size: number;
  contentType: string | null;
}

export interface DeskMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Only the presser sees it. */
  ephemeral?: boolean;
}

export interface DeskResponder {
  /** Acknowledges at once (ephemeral "thinking…"); later replies complete it. Discord's 3-second window ends here. */
  defer(): Promise<void>;
  reply(message: DeskMessage): Promise<void>;
  showModal(modal: APIModalInteractionResponseCallbackData): Promise<void>;
}

/** Edits a lead card's status line in place (the card lives in the lead's thread). */
export interface CardEditor {
  setStatus(introductionId: string, status: IntroductionStatus, quote?: QuoteFacts | null, note?: string): Promise<void>;
}
