// Downloads a slash command's attachment (a seller's catalog file) through an injectable fetch:
// only from Discord's CDN (or the configured API's own host, for fakes and proxies), never
// following a redirect elsewhere, within a byte limit counted while reading (the announced size
// is checked before, but is not trusted), and within a time limit.
import type { DeskAttachment } from "./seam.js";

export type DownloadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_big" | "failed" };

export type AttachmentDownload = (a: DeskAttachment, maxBytes: number) => Promise<DownloadResult>;

const DISCORD_CDN = ["https://cdn.discordapp.com", "https://media.discordapp.net"];

export function createAttachmentDownload(o: { fetch?: typeof fetch; apiUrl?: string; timeoutMs?: number } = {}): AttachmentDownload {
  const fetchFn = o.fetch ?? globalThis.fetch;
  const origins = new Set([...DISCORD_CDN, ...(o.apiUrl ? [new URL(o.apiUrl).origin] : [])]);
  return async (a, maxBytes) => {
    let url: URL;
    try {
      url = new URL(a.url);
    } catch {
      return { ok: false, reason: "failed" };
    }
    if (!origins.has(url.origin)) return { ok: false, reason: "failed" };
    try {
      const res = await fetchFn(url, { redirect: "error", signal: AbortSignal.timeout(o.timeoutMs ?? 20_000) });
      if (!res.ok || !res.body) return { ok: false, reason: "failed" };
      if (Number(res.headers.get("content-length") ?? 0) > maxBytes) {
        await res.body.cancel();
        return { ok: false, reason: "too_big" };
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (size > maxBytes) {
          await reader.cancel();
          return { ok: false, reason: "too_big" };
        }
        chunks.push(value);
      }
      return { ok: true, bytes: Buffer.concat(chunks, size) };
    } catch {
      return { ok: false, reason: "failed" };
    }
  };
}
