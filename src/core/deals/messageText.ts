// Free text typed by either side: cleaned of control characters and lone surrogates (cleanText),
// trimmed, non-empty, bounded (a Telegram message is 4096 chars).
import { CoreError } from "../errors.js";
import { cleanText } from "../cleanText.js";

export const MAX_MESSAGE_LENGTH = 4000;

export function messageText(text: string, field = "text"): string {
  const t = cleanText(text).trim();
  if (!t) throw new CoreError("invalid_input", `${field} is empty`, { fields: [{ field, message: "is empty" }] });
  if (t.length > MAX_MESSAGE_LENGTH)
    throw new CoreError("invalid_input", `${field} is too long`, { fields: [{ field, message: `is longer than ${MAX_MESSAGE_LENGTH} characters` }], max: MAX_MESSAGE_LENGTH });
  return t;
}

export function optionalNote(note: string | null | undefined, max = 1000): string | null {
  const t = note ? cleanText(note).trim() : "";
  if (t.length > max) throw new CoreError("invalid_input", "note is too long", { fields: [{ field: "note", message: `is longer than ${max} characters` }], max });
  return t || null;
}

/** The deliveryKey part that makes a redelivered platform event a no-op. */
export const clientOr = (platform: string, clientKey: string | undefined, fallback: string): string =>
  clientKey ? `client:${platform}:${clientKey}` : fallback;
