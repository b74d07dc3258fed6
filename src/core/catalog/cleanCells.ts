// Control characters have no place in a product (Postgres refuses NUL outright, and the others
// break chat cards): they are removed from every cell, key and nested value, and the row's report
// says how many went from which column, so one stray byte costs neither the row nor the file.

// C0 controls except tab, line feed and carriage return; DEL; C1 controls; lone surrogates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(s: string): { text: string; removed: number } {
  let removed = 0;
  const text = s.replace(CONTROL, () => {
    removed++;
    return "";
  });
  return { text, removed };
}

/** A cell's value with control characters removed at any depth; `count` receives how many. */
export function cleanValue(v: unknown, count: { removed: number }): unknown {
  if (typeof v === "string") {
    const r = cleanText(v);
    count.removed += r.removed;
    return r.text;
  }
  if (Array.isArray(v)) return v.map((x) => cleanValue(x, count));
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [cleanValue(k, count) as string, cleanValue(x, count)]));
  return v;
}

/** Every column of a row cleaned; `removed` names the columns that held control characters. */
export function cleanCells(row: Record<string, unknown>): { row: Record<string, unknown>; removed: { column: string; count: number }[] } {
  const out: Record<string, unknown> = {};
  const removed: { column: string; count: number }[] = [];
  for (const [k, v] of Object.entries(row)) {
    const count = { removed: 0 };
    const key = cleanValue(k, count) as string;
    out[key] = cleanValue(v, count);
    if (count.removed) removed.push({ column: key, count: count.removed });
  }
  return { row: out, removed };
}
