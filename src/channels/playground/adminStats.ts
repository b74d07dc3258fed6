// GET /admin/stats on the playground: the admins' deals report (the page `npm run stats -- --html`
// writes), for whoever runs Caravan on this machine. The playground binds to 127.0.0.1 and checks
// the Host header; this route also refuses any peer that is not the loopback interface, and serves
// the page with a policy that allows its one inline style sheet (by hash) and nothing else.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { REPORT_CSS } from "../../adapters/report/statsReport.js";
import { HttpError } from "./httpError.js";

export const ADMIN_STATS_PATH = "/admin/stats";

const STYLE_HASH = createHash("sha256").update(REPORT_CSS).digest("base64");
const REPORT_POLICY = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** Answers GET /admin/stats and returns true; any other request is left to the caller (false). */
export async function serveAdminStats(req: IncomingMessage, res: ServerResponse, report: () => Promise<string>): Promise<boolean> {
  if (new URL(req.url ?? "/", "http://127.0.0.1").pathname !== ADMIN_STATS_PATH) return false;
  if (req.method !== "GET") throw new HttpError(405, "Only GET is allowed here.");
  if (!LOOPBACK.test(req.socket.remoteAddress ?? "")) throw new HttpError(403, "The admin report is only served on this machine (127.0.0.1).");
  const html = await report();
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-security-policy": REPORT_POLICY });
  res.end(html);
  return true;
}
