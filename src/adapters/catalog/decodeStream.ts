// Catalog files arrive as UTF-8 (with or without BOM) or, from older spreadsheets, as Latin-1 /
// Windows-1252. One look at the whole file decides, before any row is read: a file whose
// non-ASCII bytes are mostly valid UTF-8 sequences is UTF-8, even when a few rows hold stray
// bytes (those rows are reported one by one, the rest is read unchanged); a file with invalid
// bytes and fewer valid sequences is Windows-1252 (a superset of Latin-1 for printable text).
// Deciding per file rather than on the first chunk keeps one bad row from re-reading every
// accented name of the file as mojibake (and so creating a second seller).
import { createReadStream } from "node:fs";

export interface DecodedFile {
  encoding: "utf-8" | "windows-1252";
  /** UTF-8 file with bytes that are not UTF-8: the rows holding them (shown as U+FFFD) must be reported. */
  hasInvalidBytes: boolean;
  chunks: AsyncGenerator<string>;
  bytesRead: () => number;
}

export interface EncodingCounts {
  /** Well-formed multi-byte UTF-8 sequences (accented letters, emoji…). */
  valid: number;
  /** Bytes that start or continue no well-formed sequence. */
  invalid: number;
}

/** Counts well-formed multi-byte sequences and invalid bytes; `carry` holds a sequence cut at the chunk's end. */
export function countUtf8(buf: Uint8Array, counts: EncodingCounts, carry: number[] = []): number[] {
  const bytes = carry.length ? Uint8Array.from([...carry, ...buf]) : buf;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) {
      counts.invalid++;
      i++;
      continue;
    }
    // A sequence cut by the chunk boundary: the next chunk finishes it.
    if (i + need >= bytes.length) return Array.from(bytes.subarray(i));
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) ok = false;
    }
    // Overlongs and surrogates (E0 80-9F, ED A0-BF, F0 80-8F, F4 90+) are not UTF-8 either.
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) ok = false;
    if (ok) {
      counts.valid++;
      i += need + 1;
    } else {
      counts.invalid++;
      i++;
    }
  }
  return [];
}

async function sniff(file: string): Promise<EncodingCounts> {
  const counts: EncodingCounts = { valid: 0, invalid: 0 };
  let carry: number[] = [];
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) carry = countUtf8(chunk as Buffer, counts, carry);
  counts.invalid += carry.length ? 1 : 0;
  return counts;
}

/** UTF-8 unless the file has invalid bytes and no more well-formed sequences than invalid bytes. */
export const chooseEncoding = (c: EncodingCounts): DecodedFile["encoding"] =>
  c.invalid > 0 && c.valid <= c.invalid ? "windows-1252" : "utf-8";

export async function openDecoded(file: string): Promise<DecodedFile> {
  const counts = await sniff(file);
  const encoding = chooseEncoding(counts);
  let bytes = 0;
  async function* chunks(): AsyncGenerator<string> {
    // ignoreBOM: false → the decoder strips a leading UTF-8 BOM for us. Not fatal: invalid bytes
    // become U+FFFD, and the reader reports the rows that hold one.
    const decoder = new TextDecoder(encoding, { ignoreBOM: false });
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
      bytes += (chunk as Buffer).length;
      yield decoder.decode(chunk as Buffer, { stream: true });
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  }
  return { encoding, hasInvalidBytes: encoding === "utf-8" && counts.invalid > 0, chunks: chunks(), bytesRead: () => bytes };
}
