// Catalog files arrive as UTF-8 (with or without BOM) or, from older spreadsheets, as Latin-1 /
// Windows-1252. We sniff the first chunk: valid UTF-8 is read as such; otherwise the file is
// decoded as Windows-1252 (a superset of Latin-1 for printable text) and the report says so.
import { createReadStream } from "node:fs";

export interface DecodedFile {
  encoding: "utf-8" | "windows-1252";
  chunks: AsyncGenerator<string>;
  bytesRead: () => number;
}

function isUtf8(buf: Buffer): boolean {
  // A multi-byte sequence may be cut at the chunk's end: ignore up to 3 trailing bytes.
  for (let cut = 0; cut <= 3 && cut < buf.length; cut++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(buf.subarray(0, buf.length - cut));
      return true;
    } catch {
      /* try a shorter prefix */
    }
  }
  return buf.length === 0;
}

export async function openDecoded(file: string): Promise<DecodedFile> {
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head: Buffer = first.done ? Buffer.alloc(0) : (first.value as Buffer);
  const encoding = isUtf8(head) ? "utf-8" : "windows-1252";
  let bytes = 0;
  async function* chunks(): AsyncGenerator<string> {
    // ignoreBOM: false → the decoder strips a leading UTF-8 BOM for us.
    const decoder = new TextDecoder(encoding, { ignoreBOM: false });
    if (!first.done) {
      bytes += head.length;
      yield decoder.decode(head, { stream: true });
    }
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
      bytes += (r.value as Buffer).length;
      yield decoder.decode(r.value as Buffer, { stream: true });
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  }
  return { encoding, chunks: chunks(), bytesRead: () => bytes };
}
