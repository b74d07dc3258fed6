// Cuts an HTML-formatted Telegram message into parts that each fit the text limit and are each
// valid HTML on their own: a tag open at a cut is closed at the end of the part and opened again
// at the start of the next, entities (&amp;) and tags are never cut, words are kept whole when
// they fit, and a word longer than a part is cut between code points (never inside a surrogate
// pair). Lengths count the HTML source, which is never shorter than what Telegram counts.
import { cutText } from "../../core/textCut.js";

export const TELEGRAM_TEXT_LIMIT = 4096;

const TOKEN = /<[^>]*>|&#?\w+;|\s+|[^<&\s]+|[<&]/gu;

interface Open {
  name: string;
  tag: string;
}

const closers = (stack: Open[]) => stack.map((o) => `</${o.name}>`).reverse().join("");
const openers = (stack: Open[]) => stack.map((o) => o.tag).join("");

export function splitHtml(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (html.length <= limit) return [html];
  const parts: string[] = [];
  const stack: Open[] = [];
  let current = "";
  let hasText = false;
  const closeLen = () => stack.reduce((n, o) => n + o.name.length + 3, 0);
  const flush = () => {
    if (hasText) parts.push(current.replace(/\s+$/u, "") + closers(stack));
    current = openers(stack);
    hasText = false;
  };

  for (const token of html.match(TOKEN) ?? []) {
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(token);
    if (tag) {
      const name = tag[2]!.toLowerCase();
      if (tag[1]) {
        const at = stack.map((o) => o.name).lastIndexOf(name);
        if (at >= 0) stack.splice(at, 1);
        current += token;
      } else {
        // An opening tag needs room for itself and its closer, or it starts the next part.
        if (current.length + token.length + closeLen() + name.length + 3 > limit) flush();
        current += token;
        stack.push({ name, tag: token });
      }
      continue;
    }
    if (/^\s+$/u.test(token) && !hasText) continue; // no part starts with blank space
    let rest = token;
    while (rest.length) {
      const room = limit - current.length - closeLen();
      if (rest.length <= room) {
        current += rest;
        hasText = true;
        break;
      }
      // A word longer than a whole part is cut; a shorter one moves to the next part whole.
      let fresh = limit - openers(stack).length - closeLen();
      if (fresh < 16) {
        // Absurdly deep formatting: give up the formatting rather than loop.
        stack.length = 0;
        fresh = limit;
      }
      if (rest.length > fresh && room > 0 && !rest.startsWith("&")) {
        const head = cutText(rest, room);
        current += head;
        hasText = true;
        rest = rest.slice(head.length);
      }
      flush();
      if (/^\s+$/u.test(rest)) break;
    }
  }
  if (hasText || !parts.length) parts.push(current.replace(/\s+$/u, "") + closers(stack));
  return parts;
}
