// What the real Discord refuses, checked on every request body the fake receives: message content,
// embeds, components, modals and thread names past their limits, and text that is not valid
// UTF-8 (a lone surrogate). Each refusal carries Discord's code and JSON shape.
import { isWellFormed } from "../../../src/core/textCut.js";

export interface Refusal {
  status: number;
  code: number;
  message: string;
  /** Where in the body, e.g. "embeds[0].fields[3].value". */
  at?: string;
}

const INVALID_FORM = 50035;
const tooLong = (at: string, max: number): Refusal => ({ status: 400, code: INVALID_FORM, message: `Invalid Form Body: ${at} must be ${max} or fewer in length.`, at });
const tooMany = (at: string, max: number): Refusal => ({ status: 400, code: INVALID_FORM, message: `Invalid Form Body: ${at} must have ${max} or fewer items.`, at });

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** Any string in the body that cannot be encoded as UTF-8. */
export function badUtf8(v: unknown, at = "body"): Refusal | null {
  if (typeof v === "string") return isWellFormed(v) ? null : { status: 400, code: 50109, message: "The request body contains invalid JSON.", at };
  if (Array.isArray(v)) for (const [i, x] of v.entries()) { const r = badUtf8(x, `${at}[${i}]`); if (r) return r; }
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) { const r = badUtf8(x, `${at}.${k}`); if (r) return r; }
  return null;
}

function check(checks: [boolean, () => Refusal][]): Refusal | null {
  for (const [bad, refusal] of checks) if (bad) return refusal();
  return null;
}

export function embedRefusal(e: Obj, at: string): Refusal | null {
  const fields = arr(e.fields).map(obj);
  const footer = str(obj(e.footer).text);
  const total = str(e.title).length + str(e.description).length + footer.length + str(obj(e.author).name).length
    + fields.reduce((n, f) => n + str(f.name).length + str(f.value).length, 0);
  return check([
    [str(e.title).length > 256, () => tooLong(`${at}.title`, 256)],
    [str(e.description).length > 4096, () => tooLong(`${at}.description`, 4096)],
    [fields.length > 25, () => tooMany(`${at}.fields`, 25)],
    ...fields.flatMap((f, i): [boolean, () => Refusal][] => [
      [str(f.name).length > 256, () => tooLong(`${at}.fields[${i}].name`, 256)],
      [str(f.value).length > 1024, () => tooLong(`${at}.fields[${i}].value`, 1024)],
      [!str(f.name) || !str(f.value), () => ({ status: 400, code: INVALID_FORM, message: `Invalid Form Body: ${at}.fields[${i}] needs a name and a value`, at })],
    ]),
    [footer.length > 2048, () => tooLong(`${at}.footer.text`, 2048)],
    [total > 6000, () => ({ status: 400, code: INVALID_FORM, message: `Invalid Form Body: ${at}: Embed size exceeds maximum size of 6000`, at })],
  ]);
}

function componentRefusal(c: Obj, at: string): Refusal | null {
  const options = arr(c.options).map(obj);
  return check([
    [str(c.custom_id).length > 100, () => tooLong(`${at}.custom_id`, 100)],
    [str(c.label).length > (c.type === 4 ? 45 : 80), () => tooLong(`${at}.label`, c.type === 4 ? 45 : 80)],
    [str(c.placeholder).length > (c.type === 4 ? 100 : 150), () => tooLong(`${at}.placeholder`, c.type === 4 ? 100 : 150)],
    [str(c.value).length > 4000, () => tooLong(`${at}.value`, 4000)],
    [typeof c.max_length === "number" && str(c.value).length > c.max_length, () => tooLong(`${at}.value`, Number(c.max_length))],
    [options.length > 25, () => tooMany(`${at}.options`, 25)],
    ...options.flatMap((o, i): [boolean, () => Refusal][] => [
      [str(o.label).length > 100, () => tooLong(`${at}.options[${i}].label`, 100)],
      [str(o.value).length > 100, () => tooLong(`${at}.options[${i}].value`, 100)],
      [str(o.description).length > 100, () => tooLong(`${at}.options[${i}].description`, 100)],
    ]),
  ]);
}

function rowsRefusal(rows: unknown, at: string, maxRows = 5): Refusal | null {
  const list = arr(rows).map(obj);
  if (list.length > maxRows) return tooMany(at, maxRows);
  for (const [i, row] of list.entries())
    for (const [j, c] of arr(row.components).map(obj).entries()) {
      const r = componentRefusal(c, `${at}[${i}].components[${j}]`);
      if (r) return r;
    }
  return null;
}

/** A message body (post, edit, interaction reply, follow-up). */
export function messageRefusal(body: unknown): Refusal | null {
  const b = obj(body);
  if (str(b.content).length > 2000) return tooLong("content", 2000);
  const embeds = arr(b.embeds).map(obj);
  if (embeds.length > 10) return tooMany("embeds", 10);
  for (const [i, e] of embeds.entries()) { const r = embedRefusal(e, `embeds[${i}]`); if (r) return r; }
  return rowsRefusal(b.components, "components");
}

/** A modal (interaction callback type 9). */
export function modalRefusal(data: unknown): Refusal | null {
  const d = obj(data);
  return check([
    [str(d.title).length > 45, () => tooLong("data.title", 45)],
    [str(d.custom_id).length > 100, () => tooLong("data.custom_id", 100)],
  ]) ?? rowsRefusal(d.components, "data.components", 5);
}

export function threadNameRefusal(name: unknown): Refusal | null {
  const n = str(name);
  return n.length < 1 || n.length > 100 ? tooLong("name", 100) : null;
}
