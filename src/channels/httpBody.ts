// One capped body reader for the channels' HTTP endpoints (Telegram's webhook, the playground): a
// body that announces or passes the cap is refused without reading the rest, so a client cannot
// make the process buffer an unbounded upload.
import type { IncomingMessage } from "node:http";

/** The body, or null as soon as it announces (content-length) or passes `max` bytes. */
export async function readBodyCapped(req: IncomingMessage, max: number): Promise<Buffer | null> {
  if (Number(req.headers["content-length"] ?? 0) > max) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > max) return null;
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}
