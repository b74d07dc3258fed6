// Server-Sent Events, one stream per open page: the playground's "push". A page subscribes with
// its session id; the delivery and the routes publish to a session. Nothing is queued here: a page
// that was closed re-reads its state from the database when it opens again.
import type { ServerResponse } from "node:http";

export type PlaygroundEvent = { type: string } & Record<string, unknown>;

export interface EventHub {
  /** Attaches an SSE response to a session until the client goes away; returns a detach. */
  subscribe(session: string, res: ServerResponse): () => void;
  /** Sends to every page of this session; returns how many pages got it. */
  publish(session: string, event: PlaygroundEvent): number;
  /** Ends every stream (shutdown). */
  closeAll(): void;
}

export function createEventHub(opts: { heartbeatMs?: number } = {}): EventHub {
  const streams = new Map<string, Set<ServerResponse>>();
  let seq = 0;
  // Comments keep idle connections (and proxies) from timing out.
  const heartbeat = setInterval(() => {
    for (const set of streams.values()) for (const res of set) res.write(": ping\n\n");
  }, opts.heartbeatMs ?? 15_000);
  heartbeat.unref();

  return {
    subscribe(session, res) {
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive", "x-accel-buffering": "no" });
      res.write("retry: 2000\n\n");
      let set = streams.get(session);
      if (!set) streams.set(session, (set = new Set()));
      set.add(res);
      const detach = () => {
        set.delete(res);
        if (!set.size) streams.delete(session);
      };
      res.on("close", detach);
      return detach;
    },
    publish(session, event) {
      const set = streams.get(session);
      if (!set) return 0;
      // JSON on one data line: the payload's own newlines are escaped by JSON.stringify.
      const frame = `id: ${++seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
      for (const res of set) res.write(frame);
      return set.size;
    },
    closeAll() {
      clearInterval(heartbeat);
      for (const set of streams.values()) for (const res of set) res.end();
      streams.clear();
    },
  };
}
