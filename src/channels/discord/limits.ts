// Discord's published limits, and the two ways the desk fits text into them: long message content
// is split into several messages (nothing is lost), embed and component text is cut (a card is a
// summary; the full text is in the thread). Every cut goes through core/textCut so an emoji is
// never split into a lone surrogate, which Discord refuses as invalid UTF-8.
import type { APIEmbed } from "discord-api-types/v10";
import { cutText } from "../../core/textCut.js";

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  customId: 100,
  modalTitle: 45,
  modalInputs: 5,
  inputLabel: 45,
  inputPlaceholder: 100,
  inputValue: 4000,
  selectOptions: 25,
  optionLabel: 100,
  optionDescription: 100,
  selectPlaceholder: 150,
  threadName: 100,
} as const;

const ELLIPSIS = "…";

/** `s` cut to `max` with an ellipsis when it had to be cut. */
export const fit = (s: string, max: number): string => cutText(s, max, ELLIPSIS);

/** True when the cut would leave a markdown escape's backslash alone at the end of a part. */
function endsInEscape(s: string, end: number): boolean {
  let n = 0;
  for (let i = end - 1; i >= 0 && s[i] === "\\"; i--) n++;
  return n % 2 === 1;
}

/**
 * Splits message content into parts of at most `max` characters whose concatenation is exactly
 * `text`: at the last line break in the window, else the last space, else a hard code-point-safe
 * cut (never between a markdown backslash and the character it escapes).
 */
export function splitContent(text: string, max: number = LIMITS.content): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = cutText(rest, max);
    // A break in the last half of the window keeps parts readable; earlier, a hard cut wastes less.
    const floor = Math.floor(window.length / 2);
    let end = window.lastIndexOf("\n") + 1;
    if (end <= floor) end = Math.max(window.lastIndexOf(" "), window.lastIndexOf("\t")) + 1;
    if (end <= floor) {
      end = window.length;
      while (end > 1 && endsInEscape(rest, end)) end--;
      // Stepping back past a backslash may land inside a surrogate pair: keep whole code points.
      end = cutText(rest, end).length || window.length;
    }
    parts.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  if (rest.length || !parts.length) parts.push(rest);
  return parts;
}

const len = (s: string | undefined): number => s?.length ?? 0;

/** Characters that count towards the 6,000 total (title, description, field names and values, footer, author). */
export function embedSize(e: APIEmbed): number {
  return len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/**
 * An embed within every per-part limit and the 6,000 total: parts cut to their own limit, then
 * the longest text (usually a free-text field) shortened, again and again, until the whole fits.
 */
export function fitEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = {
    ...e,
    ...(e.title !== undefined ? { title: fit(e.title, LIMITS.embedTitle) } : {}),
    ...(e.description !== undefined ? { description: fit(e.description, LIMITS.embedDescription) } : {}),
    ...(e.footer ? { footer: { ...e.footer, text: fit(e.footer.text, LIMITS.footer) } } : {}),
    ...(e.fields ? { fields: e.fields.slice(0, LIMITS.embedFields).map((f) => ({ ...f, name: fit(f.name, LIMITS.fieldName) || "—", value: fit(f.value, LIMITS.fieldValue) || "—" })) } : {}),
  };
  type Slot = { get: () => string; set: (v: string) => void };
  const slots: Slot[] = [
    ...(out.title !== undefined ? [{ get: () => out.title ?? "", set: (v: string) => { out.title = v; } }] : []),
    ...(out.description !== undefined ? [{ get: () => out.description ?? "", set: (v: string) => { out.description = v; } }] : []),
    ...(out.footer ? [{ get: () => out.footer?.text ?? "", set: (v: string) => { if (out.footer) out.footer.text = v; } }] : []),
    ...(out.fields ?? []).flatMap((f) => [{ get: () => f.value, set: (v: string) => { f.value = v; } }, { get: () => f.name, set: (v: string) => { f.name = v; } }]),
  ];
  for (let over = embedSize(out) - LIMITS.embedTotal; over > 0; over = embedSize(out) - LIMITS.embedTotal) {
    const longest = slots.reduce((a, b) => (b.get().length > a.get().length ? b : a));
    const n = longest.get().length;
    if (n <= 1) break;
    longest.set(fit(longest.get(), Math.max(1, n - over)));
  }
  return out;
}
