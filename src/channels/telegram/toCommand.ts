// Button presses as typed commands. Callback data is "<action>:<id>[:<extra>]" (≤ 64 bytes: a
// uuid and a short prefix), so a card keeps working after a restart: no state hides behind it.

export type ButtonCommand =
  | { kind: "search"; requestId: string }
  | { kind: "edit"; requestId: string }
  | { kind: "cancelRequest"; requestId: string }
  | { kind: "introduce"; matchId: string }
  | { kind: "introduceTop"; requestId: string; round: number }
  | { kind: "more"; requestId: string }
  | { kind: "accept"; quoteId: string }
  | { kind: "counter"; quoteId: string }
  | { kind: "ask"; introductionId: string }
  | { kind: "decline"; quoteId: string }
  | { kind: "write"; introductionId: string }
  | { kind: "shareContact"; introductionId: string }
  | { kind: "language"; language: string }
  | { kind: "profile" }
  | { kind: "profileType"; companyType: string };

const CODES = {
  search: "rs", edit: "re", cancelRequest: "rx", introduce: "in", introduceTop: "it", more: "mo", accept: "qa", counter: "qc",
  ask: "qk", decline: "qd", write: "tw", shareContact: "cs", language: "lg", profile: "pf", profileType: "pt",
} as const satisfies Record<ButtonCommand["kind"], string>;

export function encode(c: ButtonCommand): string {
  switch (c.kind) {
    case "search": case "edit": case "cancelRequest": case "more": return `${CODES[c.kind]}:${c.requestId}`;
    case "introduce": return `${CODES.introduce}:${c.matchId}`;
    case "introduceTop": return `${CODES.introduceTop}:${c.requestId}:${c.round}`;
    case "accept": case "counter": case "decline": return `${CODES[c.kind]}:${c.quoteId}`;
    case "ask": case "write": case "shareContact": return `${CODES[c.kind]}:${c.introductionId}`;
    case "language": return `${CODES.language}:${c.language}`;
    case "profile": return `${CODES.profile}:go`;
    case "profileType": return `${CODES.profileType}:${c.companyType}`;
  }
}

const ID = /^[\w-]{1,60}$/;

/** The command behind callback data, or null for data we did not write (old or forged). */
export function decode(data: string): ButtonCommand | null {
  const [code, id, extra] = data.split(":");
  if (!code || !id || !ID.test(id)) return null;
  switch (code) {
    case "rs": return { kind: "search", requestId: id };
    case "re": return { kind: "edit", requestId: id };
    case "rx": return { kind: "cancelRequest", requestId: id };
    case "in": return { kind: "introduce", matchId: id };
    case "it": {
      const round = Number(extra);
      return Number.isInteger(round) && round > 0 ? { kind: "introduceTop", requestId: id, round } : null;
    }
    case "mo": return { kind: "more", requestId: id };
    case "qa": return { kind: "accept", quoteId: id };
    case "qc": return { kind: "counter", quoteId: id };
    case "qk": return { kind: "ask", introductionId: id };
    case "qd": return { kind: "decline", quoteId: id };
    case "tw": return { kind: "write", introductionId: id };
    case "cs": return { kind: "shareContact", introductionId: id };
    case "lg": return { kind: "language", language: id };
    case "pf": return { kind: "profile" };
    case "pt": return { kind: "profileType", companyType: id };
    default: return null;
  }
}
