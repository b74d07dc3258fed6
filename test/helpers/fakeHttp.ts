// A tiny HTTP server on 127.0.0.1 for testing SDK adapters (OpenAI, Pinecone, Telegram, Discord)
// without the network. Routes are "METHOD /path" → handler; every request is recorded.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: unknown;
}

export interface FakeResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type FakeHandler = (req: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

export interface FakeHttp {
  url: string;
  requests: RecordedRequest[];
  route(key: string, handler: FakeHandler): void;
  close(): Promise<void>;
}

/** A request's body: parsed JSON, or the raw text (multipart, form) when it is not JSON. */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return raw;
  }
}

export async function startFakeHttp(routes: Record<string, FakeHandler> = {}): Promise<FakeHttp> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const rec: RecordedRequest = { method: req.method ?? "GET", path, headers: req.headers, body };
    requests.push(rec);
    const handler = table.get(`${rec.method} ${path}`) ?? table.get(`* ${path}`);
    try {
      const out = handler ? await handler(rec) : { status: 404, body: { error: { message: `no fake route for ${rec.method} ${path}` } } };
      const status = out.status ?? 200;
      if (status === 204 || out.body === undefined) {
        res.writeHead(status, out.headers ?? {});
        res.end();
        return;
      }
      res.writeHead(status, { "content-type": "application/json", ...(out.headers ?? {}) });
      res.end(JSON.stringify(out.body));
    } catch (e) {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: String(e) } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route: (key, handler) => void table.set(key, handler),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
