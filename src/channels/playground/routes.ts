// The playground's JSON API. Every body and query is checked with zod; an expected failure (bad
// input, a CoreError) is a 4xx with a sentence for the user, anything else a logged 500 with a
// generic apology — never a stack trace or raw error text.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { dealErrorKeys } from "../../core/deals/index.js";
import { isCoreError } from "../../core/errors.js";
import type { Logger } from "../../logger.js";
import { HttpError } from "./httpError.js";
import { buyerCommandSchema } from "../../core/conversation/index.js";
import { availableLanguages, DEFAULT_LANGUAGE, languageName, pickLanguage, t, textDirection } from "../../locales/index.js";
import type { PlaygroundRuntime } from "./deps.js";
import { buyerCommand, buyerContact, history } from "./chat.js";
import { pageStrings } from "./strings.js";
import type { EventHub } from "./events.js";
import {
  declineReasons, declineSellerLead, openLead, selectSellerSchema, sellerContact, sellerContactSchema, sellerDeclineSchema, sellerLeads, sellerMessageSchema, sellerQuoteSchema,
  sellerShareContact, sendQuote, sendSellerMessage,
} from "./seller.js";
import { sessionSchema } from "./session.js";
import { catalogQuerySchema, catalogStatus, uploadCatalog, uploadQuerySchema } from "./catalog.js";
import { MAX_UPLOAD_BYTES } from "../../core/catalog/uploadCheck.js";
import { uploadRefusalText } from "../../locales/catalogReport.js";
import { readBodyCapped } from "../httpBody.js";

export { HttpError };

const MAX_BODY = 64 * 1024;

/**
 * A file sent as the raw body. It must be application/octet-stream: like JSON, a type no plain
 * HTML form can send, so another site cannot post one into the local playground.
 */
export async function readRaw(req: IncomingMessage, max: number, tooBig: string): Promise<Buffer> {
  if (!/^application\/octet-stream\b/i.test(req.headers["content-type"] ?? "")) throw new HttpError(415, "Send the file as the body (Content-Type: application/octet-stream).");
  return readCapped(req, max, tooBig);
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) throw new HttpError(415, "Send the body as JSON (Content-Type: application/json).");
  const body = await readCapped(req, MAX_BODY, "That is too long; please keep it under 64 KB.");
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new HttpError(400, "The body is not valid JSON.");
  }
}

/** The body, refused with 413 as soon as it announces or passes `max` bytes (the rest is not read). */
async function readCapped(req: IncomingMessage, max: number, tooBig: string): Promise<Buffer> {
  const body = await readBodyCapped(req, max);
  if (body === null) throw new HttpError(413, tooBig);
  return body;
}

const friendly = (i: z.core.$ZodIssue) =>
  i.code === "invalid_type" && /received undefined/.test(i.message) ? "is required" : i.code === "invalid_union" ? "is not one of the known choices" : i.message;
const fieldsOf = (e: z.ZodError) => e.issues.map((i) => ({ field: i.path.join(".") || "body", message: friendly(i) }));

/** The value as the schema wants it, else a 400 naming each field, introduced in the page's language. */
export function check<T extends z.ZodType>(schema: T, value: unknown, lang: string = DEFAULT_LANGUAGE): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const fields = fieldsOf(r.error);
  throw new HttpError(400, t(lang, "pg-error-check", { problems: fields.map((f) => `${f.field} ${f.message}`).join("; ") }), fields);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** A CoreError as the user's sentence, in the page's language, from the first key the locale has. */
function coreMessage(e: Parameters<typeof dealErrorKeys>[0], lang: string): string {
  const { keys, args } = dealErrorKeys(e);
  for (const k of keys) {
    const s = t(lang, k, args);
    if (s !== k) return s;
  }
  return t(lang, "pg-desk-error-other");
}

const CORE_STATUS: Record<string, number> = { not_found: 404, forbidden: 403, invalid_input: 400, illegal_transition: 409, already_done: 409, rate_limited: 429, conflict: 409, unavailable: 503 };

export function sendError(res: ServerResponse, e: unknown, log: Logger, route: string, lang: string = DEFAULT_LANGUAGE): void {
  if (e instanceof HttpError) return sendJson(res, e.status, { error: e.message, ...(e.fields.length ? { fields: e.fields } : {}) });
  if (isCoreError(e)) {
    const fields = Array.isArray(e.details.fields) ? e.details.fields : undefined;
    return sendJson(res, CORE_STATUS[e.code] ?? 400, { error: coreMessage(e, lang), code: e.code, ...(fields ? { fields } : {}) });
  }
  log.error({ err: e, route }, "playground request failed");
  sendJson(res, 500, { error: "Sorry, something went wrong on our side. Please try again." });
}

const withSession = z.object({ session: sessionSchema });

/** `lang`: the page's language (sent with every call), for the words the server answers with. */
type Handler = (input: { body: unknown; query: URLSearchParams; req: IncomingMessage; lang: string }) => Promise<unknown>;

/** Routes whose body is a file, not JSON: the handler reads it. */
export const RAW_BODY_ROUTES = new Set(["POST /api/seller/catalog"]);

export interface RouteContext {
  deps: PlaygroundRuntime;
  hub: EventHub;
  /** False while the demo catalog is being seeded: searches would find nothing. */
  ready: () => boolean;
}

export function apiRoutes(ctx: RouteContext): Record<string, Handler> {
  const { deps } = ctx;
  const q = (query: URLSearchParams) => Object.fromEntries(query);
  const catalogReady = () => {
    if (!ctx.ready()) throw new HttpError(503, "The demo catalog is still loading (it takes a few seconds on the first start). Please try again in a moment.");
  };
  return {
    "GET /api/status": async () => ({ ready: ctx.ready() }),
    // Decode: typed text, or a bubble's button (its command as sent with the bubble).
    "POST /api/buyer/message": async ({ body, lang }) => {
      const b = check(withSession.extend({ text: z.string().trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters") }), body, lang);
      catalogReady();
      return buyerCommand(deps, b.session, { kind: "text", text: b.text });
    },
    "POST /api/buyer/action": async ({ body, lang }) => {
      const b = check(withSession.extend({ action: buyerCommandSchema }), body, lang);
      catalogReady();
      return buyerCommand(deps, b.session, b.action);
    },
    "GET /api/buyer/history": async ({ query, lang }) => history(deps, check(withSession, q(query), lang).session),
    // The page's own words in the buyer's language (or the one asked for, before the buyer has one).
    "GET /api/strings": async ({ query, lang }) => {
      const b = check(z.object({ lang: z.enum(availableLanguages() as [string, ...string[]]) }), q(query), lang);
      const language = pickLanguage(b.lang);
      // Every language with its own name for the picker; Arabic pages are laid out right to left.
      const languages = availableLanguages().map((code) => ({ code, name: languageName(code) }));
      return { language, languages, direction: textDirection(language), strings: pageStrings(b.lang) };
    },
    // The buyer's own saved contact line, to prefill [Share my contact]: this session's data only.
    "GET /api/buyer/contact": async ({ query, lang }) => ({ contact: await buyerContact(deps, check(withSession, q(query), lang).session) }),
    "GET /api/sellers": async () => ({ sellers: await deps.store.demoSellers() }),
    "GET /api/seller/me": async ({ query, lang }) => ({ seller: await deps.store.playedSeller(check(withSession, q(query), lang).session) }),
    "POST /api/seller/select": async ({ body, lang }) => {
      const b = check(withSession.extend(selectSellerSchema.shape), body, lang);
      const seller = await deps.store.playSeller(b.session, b.sellerId);
      if (!seller) throw new HttpError(404, t(lang, "pg-desk-error-unknown-seller"));
      return { seller };
    },
    "GET /api/seller/leads": async ({ query, lang }) => ({ leads: await sellerLeads(deps, check(withSession, q(query), lang).session, lang) }),
    "GET /api/seller/lead": async ({ query, lang }) => {
      const b = check(withSession.extend({ introductionId: z.string().min(1).max(100) }), q(query), lang);
      return { lead: await openLead(deps, b.session, b.introductionId, lang) };
    },
    "POST /api/seller/quote": async ({ body, lang }) => {
      const b = check(withSession.extend(sellerQuoteSchema.shape), body, lang);
      return { result: await sendQuote(deps, b.session, b) };
    },
    "POST /api/seller/message": async ({ body, lang }) => {
      const b = check(withSession.extend(sellerMessageSchema.shape), body, lang);
      return { result: await sendSellerMessage(deps, b.session, b) };
    },
    "GET /api/seller/contact": async ({ query, lang }) => ({ contact: await sellerContact(deps, check(withSession, q(query), lang).session) }),
    "POST /api/seller/contact": async ({ body, lang }) => {
      const b = check(withSession.extend(sellerContactSchema.shape), body, lang);
      return { result: await sellerShareContact(deps, b.session, b, lang) };
    },
    "GET /api/seller/decline-reasons": async ({ lang }) => ({ reasons: declineReasons(lang) }),
    "GET /api/seller/catalog": async ({ query, lang }) => {
      const b = check(catalogQuerySchema, q(query), lang);
      return { catalog: await catalogStatus(deps, b.session, b.lang) };
    },
    // The file is the raw body; who uploads it, its name and the page's language are in the query.
    "POST /api/seller/catalog": async ({ query, req, lang }) => {
      const b = check(uploadQuerySchema, q(query), lang);
      const bytes = await readRaw(req, MAX_UPLOAD_BYTES, uploadRefusalText(b.lang, { reason: "too_big", bytes: Number(req.headers["content-length"] ?? MAX_UPLOAD_BYTES + 1), limit: MAX_UPLOAD_BYTES }, b.name));
      return { catalog: await uploadCatalog(deps, b, bytes) };
    },
    "POST /api/seller/decline": async ({ body, lang }) => {
      const b = check(withSession.extend(sellerDeclineSchema.shape), body, lang);
      return { result: await declineSellerLead(deps, b.session, b) };
    },
  };
}
