import { describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import type { IncomingMessage } from "node:http";
import { readBodyCapped } from "../../src/channels/httpBody.js";

/** A request-like stream of `chunks`, with the content-length header it announces (if any). */
const request = (chunks: string[], contentLength?: number): IncomingMessage =>
  Object.assign(Readable.from(chunks.map((c) => Buffer.from(c))), {
    headers: contentLength === undefined ? {} : { "content-length": String(contentLength) },
  }) as unknown as IncomingMessage;

describe("readBodyCapped", () => {
  it("returns the whole body when it stays within the cap, the cap itself included", async () => {
    expect((await readBodyCapped(request(["ab", "cd"]), 4))?.toString()).toBe("abcd");
  });

  it("refuses a body that passes the cap while streaming, without an announced length", async () => {
    expect(await readBodyCapped(request(["ab", "cd", "e"]), 4)).toBeNull();
  });

  it("refuses at once a body whose content-length announces more than the cap", async () => {
    let read = false;
    const req = request(["x"], 10);
    req.on("data", () => (read = true));
    expect(await readBodyCapped(req, 4)).toBeNull();
    expect(read).toBe(false);
  });

  it("keeps multi-byte UTF-8 split across chunks intact", async () => {
    const bytes = Buffer.from("زيت", "utf8");
    const req = Object.assign(Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]), { headers: {} }) as unknown as IncomingMessage;
    expect((await readBodyCapped(req, 100))?.toString("utf8")).toBe("زيت");
  });
});
