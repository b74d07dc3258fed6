// What a seller may upload as a catalog (Discord /catalog upload, the playground desk): the formats
// `npm run seed` reads, within a size a chat attachment sensibly has. The extension says what the
// file claims to be and its first bytes must agree: a renamed program, PDF or old .xls is refused
// before any parser sees it, with a sentence saying what to send instead.

/** 5 MiB: tens of thousands of catalog rows, far below what would tie up the importer. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const UPLOAD_EXTENSIONS = ["csv", "json", "xlsx"] as const;
export type UploadExtension = (typeof UPLOAD_EXTENSIONS)[number];

export type UploadRefusal =
  /** The name's extension is not a format we read (.ods, .xls, .exe, none). */
  | { reason: "type"; extension: string }
  /** The bytes are not what the extension says (a binary named .csv, a non-zip .xlsx). */
  | { reason: "content"; extension: UploadExtension }
  | { reason: "empty" }
  | { reason: "too_big"; bytes: number; limit: number };

export type UploadCheck = { ok: true; extension: UploadExtension } | ({ ok: false } & UploadRefusal);

const extensionOf = (name: string): string => /\.([A-Za-z0-9]{1,10})$/.exec(name.trim())?.[1]?.toLowerCase() ?? "";

/** The name and announced size alone (before downloading anything). */
export function checkUploadName(name: string, size?: number): UploadCheck {
  const extension = extensionOf(name);
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) return { ok: false, reason: "type", extension };
  if (size !== undefined && size > MAX_UPLOAD_BYTES) return { ok: false, reason: "too_big", bytes: size, limit: MAX_UPLOAD_BYTES };
  if (size === 0) return { ok: false, reason: "empty" };
  return { ok: true, extension: extension as UploadExtension };
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Files that are surely not text: zip (xlsx/ods/docx), OLE (xls/doc), PDF, Windows and Linux programs, images.
const BINARY = [ZIP, [0xd0, 0xcf, 0x11, 0xe0], [0x25, 0x50, 0x44, 0x46], [0x4d, 0x5a], [0x7f, 0x45, 0x4c, 0x46], [0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38]];

/** The whole file: name, size and whether its first bytes match its extension. */
export function checkUpload(name: string, bytes: Uint8Array): UploadCheck {
  const byName = checkUploadName(name, bytes.length);
  if (!byName.ok) return byName;
  const ext = byName.extension;
  const head = bytes.subarray(0, 8192);
  if (ext === "xlsx") return startsWith(head, ZIP) ? byName : { ok: false, reason: "content", extension: ext };
  // CSV and JSON are text: no known binary signature and no NUL byte (UTF-16 text has many).
  if (BINARY.some((m) => startsWith(head, m)) || head.includes(0)) return { ok: false, reason: "content", extension: ext };
  if (ext === "json") {
    const text = new TextDecoder().decode(head).replace(/^\uFEFF/, "").trimStart();
    if (!text.startsWith("[")) return { ok: false, reason: "content", extension: ext };
  }
  return byName;
}

/** A file name fit to show and store: no folders, no control characters, at most 100 characters. */
export function displayFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return Array.from(base || "catalog").slice(-100).join(""); // by code points: no half emoji
}
