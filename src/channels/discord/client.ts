// The discord.js client with the fewest intents that work: Guilds (threads and channels), plus
// GuildMessages and the privileged MessageContent only when thread messages are relayed to buyers.
// No mention is ever parsed: the bot never pings @everyone, roles or users.
import { Client, GatewayIntentBits, MessageFlags, type Interaction, type InteractionReplyOptions, type RateLimitData } from "discord.js";
import { LIMITS, splitContent } from "./limits.js";
import type { DeskEvent, DeskMessage, DeskResponder } from "./seam.js";
import { QUOTE_FIELDS } from "./quoteModal.js";

/**
 * Waits longer than this are not sat out in-process: they fail with a RateLimitError, which the
 * outbox turns into a retry at the time Discord names (and an interaction's 3-second window is
 * long gone by then anyway). Short waits are cheaper to absorb than a retry.
 */
export const LONG_RATE_LIMIT_MS = 5_000;
const rejectOnRateLimit = (d: RateLimitData): boolean => Math.max(d.timeToReset, d.retryAfter) > LONG_RATE_LIMIT_MS;

export function createDiscordClient(o: { token: string; apiUrl?: string; relay?: boolean }): Client {
  const intents = [GatewayIntentBits.Guilds, ...(o.relay === false ? [] : [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent])];
  const client = new Client({ intents, allowedMentions: { parse: [] }, rest: { rejectOnRateLimit, ...(o.apiUrl ? { api: o.apiUrl } : {}) } });
  // Deliveries may start before the gateway login completes.
  client.rest.setToken(o.token);
  return client;
}

const MODAL_INPUTS = [...QUOTE_FIELDS, "text"];

/** A discord.js interaction as the desk's plain event and responder; null for kinds the desk ignores. */
export function deskInteraction(i: Interaction): { event: DeskEvent; responder: DeskResponder } | null {
  const base = { interactionId: i.id, userId: i.user.id, userName: i.user.username, locale: i.locale ?? null, options: {}, values: [], fields: {} };
  let event: DeskEvent;
  if (i.isChatInputCommand()) {
    // The string options the desk's commands take (/link code, /language language).
    const options: Record<string, string> = {};
    for (const name of ["code", "language"]) {
      const value = i.options.getString(name);
      if (value !== null) options[name] = value;
    }
    const subcommand = i.options.getSubcommand(false);
    const file = i.options.getAttachment("file");
    event = {
      ...base, kind: "command", name: i.commandName, options,
      ...(subcommand ? { subcommand } : {}),
      ...(file ? { attachment: { name: file.name, url: file.url, size: file.size, contentType: file.contentType } } : {}),
    };
  } else if (i.isButton()) event = { ...base, kind: "button", name: i.customId };
  else if (i.isStringSelectMenu()) event = { ...base, kind: "select", name: i.customId, values: [...i.values] };
  else if (i.isModalSubmit()) {
    const fields: Record<string, string> = {};
    for (const id of MODAL_INPUTS) {
      try {
        fields[id] = i.fields.getTextInputValue(id);
      } catch {
        /* not in this modal */
      }
    }
    event = { ...base, kind: "modal", name: i.customId, fields };
  } else return null;

  // One acknowledgement per interaction (a second is refused: 40060); after a defer, the first
  // reply fills the "thinking…" message and later ones follow up.
  let state: "open" | "deferred" | "answered" = "open";
  const send = async (body: InteractionReplyOptions, ephemeral: boolean) => {
    // The deferred message is already ephemeral: editing it takes no flags.
    if (state === "deferred") await i.editReply({ content: body.content ?? null, embeds: body.embeds ?? [], components: body.components ?? [], allowedMentions: { parse: [] } });
    else if (state === "answered" || i.replied || i.deferred) await i.followUp({ ...body, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
    else await i.reply({ ...body, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
    state = "answered";
  };
  const responder: DeskResponder = {
    async defer() {
      if (!i.isRepliable() || state !== "open" || i.deferred || i.replied) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      state = "deferred";
    },
    async reply(m: DeskMessage) {
      if (!i.isRepliable()) return;
      // Content past Discord's 2,000 characters goes out as several messages, buttons on the last.
      const parts = splitContent(m.content ?? "", LIMITS.content);
      for (const [n, content] of parts.entries()) {
        const last = n === parts.length - 1;
        await send({
          ...(content ? { content } : {}), embeds: last ? (m.embeds ?? []) : [], components: last ? (m.components ?? []) : [],
          allowedMentions: { parse: [] },
        }, Boolean(m.ephemeral));
      }
    },
    async showModal(modal) {
      if (i.isChatInputCommand() || i.isButton() || i.isStringSelectMenu()) await i.showModal(modal);
      state = "answered";
    },
  };
  return { event, responder };
}
