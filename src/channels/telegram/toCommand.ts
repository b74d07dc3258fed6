// Button presses as BuyerCommands. Callback data is "<code>:<id>[:<extra>]" (≤ 64 bytes: a uuid,
// a short prefix and a card revision or round), so a card keeps working after a restart and an
// older card is recognised as out of date by the conversation.
import type { BuyerCommand } from "../../core/conversation/index.js";
import { utf8Length } from "../../core/textCut.js";

/** Telegram's limit for callback_data. */
export const CALLBACK_DATA_LIMIT = 64;

const CODES = {
  search: "rs", edit: "re", cancelRequest: "rx", introduce: "in", introduceTop: "it", more: "mo", accept: "qa", counter: "qc",
  ask: "qk", decline: "qd", write: "tw", shareContact: "cs", language: "lg", profile: "pf", profileType: "pt", watch: "rw",
} as const;

/** The commands a button can carry (no free text). */
export type ButtonCommand = Extract<BuyerCommand, { kind: keyof typeof CODES }>;

const withExtra = (code: string, id: string, extra?: string | number) => (extra === undefined ? `${code}:${id}` : `${code}:${id}:${extra}`);

function format(c: ButtonCommand): string | null {
  switch (c.kind) {
    case "search": case "edit": return withExtra(CODES[c.kind], c.requestId, c.rev);
    case "cancelRequest": case "watch": return `${CODES[c.kind]}:${c.requestId}`;
    case "more": return withExtra(CODES.more, c.requestId, c.round);
    case "introduce": return `${CODES.introduce}:${c.matchId}`;
    case "introduceTop": return `${CODES.introduceTop}:${c.requestId}:${c.round}`;
    case "accept": case "counter": case "decline": return `${CODES[c.kind]}:${c.quoteId}`;
    // With text they are sent from a composer, not a button.
    case "ask": case "write": return c.text ? null : `${CODES[c.kind]}:${c.introductionId}`;
    case "shareContact": return c.contact ? null : `${CODES.shareContact}:${c.introductionId}`;
    case "language": return c.language ? `${CODES.language}:${c.language}` : null;
    case "profile": return `${CODES.profile}:go`;
    case "profileType": return `${CODES.profileType}:${c.companyType}`;
  }
}

/** Callback data for a button's command; throws for one no button can carry (a bug, caught by tests). */
export function encode(c: ButtonCommand | BuyerCommand): string {
  const data = c.kind in CODES ? format(c as ButtonCommand) : null;
  if (!data || utf8Length(data) > CALLBACK_DATA_LIMIT) throw new Error(`no callback data for a ${c.kind} command`);
  return data;
}

const ID = /^[\w-]{1,60}$/;
const REV = /^[0-9a-z]{1,12}$/;
const round = (s: string | undefined) => {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 && n <= 1000 ? n : null;
};

/** The command behind callback data, or null for data we did not write (old or forged). */
export function decode(data: string): ButtonCommand | null {
  const [code, id, extra] = data.split(":");
  if (!code || !id || !ID.test(id)) return null;
  const rev = extra !== undefined && REV.test(extra) ? { rev: extra } : {};
  switch (code) {
    case "rs": return { kind: "search", requestId: id, ...rev };
    case "re": return { kind: "edit", requestId: id, ...rev };
    case "rx": return { kind: "cancelRequest", requestId: id };
    case "rw": return { kind: "watch", requestId: id };
    case "in": return { kind: "introduce", matchId: id };
    case "it": {
      const r = round(extra);
      return r ? { kind: "introduceTop", requestId: id, round: r } : null;
    }
    case "mo": {
      const r = round(extra);
      return r ? { kind: "more", requestId: id, round: r } : { kind: "more", requestId: id };
    }
    case "qa": return { kind: "accept", quoteId: id };
    case "qc": return { kind: "counter", quoteId: id };
    case "qk": return { kind: "ask", introductionId: id };
    case "qd": return { kind: "decline", quoteId: id };
    case "tw": return { kind: "write", introductionId: id };
    case "cs": return { kind: "shareContact", introductionId: id };
    case "lg": return /^[a-z]{2}$/.test(id) ? { kind: "language", language: id } : null;
    case "pf": return { kind: "profile" };
    case "pt": return { kind: "profileType", companyType: id };
    default: return null;
  }
}
