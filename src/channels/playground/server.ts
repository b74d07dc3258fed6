// Node's own http server for the playground: the page's static files, the JSON API and one SSE stream
// per page. A local tool: it answers only requests addressed to localhost/127.0.0.1 (no DNS
// rebinding), POSTs must be JSON or, for a catalog file, octet-stream (no cross-site form posts), and the page may run only its own script.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../../logger.js";
import { apiRoutes, HttpError, RAW_BODY_ROUTES, readJson, sendError, sendJson, type RouteContext } from "./routes.js";
import { sessionSchema } from "./session.js";
import { serveAdminStats } from "./adminStats.js";
import { pickLanguage } from "../../locales/index.js";

const PUBLIC = path.join(import.meta.dirname, "public");
const STATIC: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/lib.js": { file: "lib.js", type: "text/javascript; charset=utf-8" },
  "/chat.js": { file: "chat.js", type: "text/javascript; charset=utf-8" },
  "/desk.js": { file: "desk.js", type: "text/javascript; charset=utf-8" },
  "/style.css": { file: "style.css", type: "text/css; charset=utf-8" },
};
const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

const LOCAL_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;

export function createPlaygroundServer(ctx: RouteContext, log: Logger): Server {
  const routes = apiRoutes(ctx);
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = `${req.method ?? "GET"} ${url.pathname}`;
    // The page's language (sent with every call): the seller desk's words and errors follow it.
    let lang = pickLanguage(url.searchParams.get("lang"));
    try {
      if (!LOCAL_HOST.test(req.headers.host ?? "")) throw new HttpError(421, "The playground only answers on 127.0.0.1 or localhost.");
      const asset = req.method === "GET" ? STATIC[url.pathname] : undefined;
      if (asset) {
        const body = await readFile(path.join(PUBLIC, asset.file));
        res.writeHead(200, { "content-type": asset.type, "cache-control": "no-cache" });
        res.end(body);
        return;
      }
      if (await serveAdminStats(req, res, ctx.deps.statsReport)) return;
      if (route === "GET /api/events") {
        const session = sessionSchema.safeParse(url.searchParams.get("session"));
        if (!session.success) throw new HttpError(400, "Please check: session must be the page's session id");
        ctx.hub.subscribe(session.data, res);
        return;
      }
      const handler = routes[route];
      if (!handler) throw new HttpError(404, "Nothing here. Open / for the playground.");
      const body = req.method === "POST" && !RAW_BODY_ROUTES.has(route) ? await readJson(req) : undefined;
      const bodyLang = body && typeof body === "object" && "lang" in body ? (body as { lang: unknown }).lang : undefined;
      if (typeof bodyLang === "string") lang = pickLanguage(bodyLang);
      sendJson(res, 200, await handler({ body, query: url.searchParams, req, lang }));
    } catch (e) {
      if (res.headersSent) {
        log.error({ err: e, route }, "playground response failed midway");
        res.end();
        return;
      }
      sendError(res, e, log, route, lang);
    }
  };
  return createServer((req, res) => void handle(req, res));
}
