// User values (buyer messages, contacts, company and product names, notes) are shown as typed:
// a "_" in an e-mail must not turn into italics, "> " into a quote, "# " into a heading or
// "<@id>" into a mention pill. Discord reads a backslash before any punctuation as a literal, so
// escaping more than strictly needed renders the same. URLs are left whole: a backslash inside
// one would break the link. Not for embed footers or thread names, which show backslashes as is.
const URL = /https?:\/\/[^\s<>]+/g;
const INLINE = /[\\*_~`|<>[\]()@]/g;
const LINE_START = /^([ \t]*)(-#|#{1,3}|[-+]|\d+\.)(?=[ \t])/gm;

// A backslash before a digit is shown, not read: a numbered list is broken at its dot instead.
const escapePlain = (s: string): string =>
  s.replace(INLINE, "\\$&").replace(LINE_START, (_m, indent: string, mark: string) => `${indent}${mark.endsWith(".") ? `${mark.slice(0, -1)}\\.` : `\\${mark}`}`);

export function md(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(URL)) {
    out += escapePlain(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escapePlain(text.slice(last));
}

/** `md` of a value that may be missing, with the dash the desk shows for "not given". */
export const mdOr = (text: string | null | undefined, dash = "—"): string => (text ? md(text) : dash);
