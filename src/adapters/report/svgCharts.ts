// Bar charts drawn as inline SVG strings for the stats report: no chart library, no script, no
// network — the report is one self-contained file that opens anywhere. Every label is escaped
// here (seller names are user data); numbers are formatted by the caller.
import { cutText } from "../../core/textCut.js";

/** Escapes text for HTML/SVG content and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export interface Bar {
  label: string;
  value: number;
  /** What is written beside the bar, e.g. "42 (61%)". */
  text: string;
}

const FONT = `font-family="system-ui, sans-serif" font-size="13"`;
const INK = "#1f2933";
const BAR = "#2f6fb3";
const TRACK = "#e4e9ef";
let ids = 0;

function frame(title: string, width: number, height: number, body: string): string {
  const id = `chart-${++ids}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}">` +
    `<title id="${id}">${escapeHtml(title)}</title>${body}</svg>`
  );
}

/** One row per bar, label on the left: the funnel, the sellers' response rates. `max` is the full-width value. */
export function horizontalBars(title: string, bars: Bar[], opts: { max?: number; width?: number; labelChars?: number } = {}): string {
  const width = opts.width ?? 720;
  const labelW = 250, textW = 100, rowH = 26, top = 8;
  const barW = width - labelW - textW - 16;
  const max = Math.max(opts.max ?? 0, ...bars.map((b) => b.value), 1);
  const rows = bars.map((b, i) => {
    const y = top + i * rowH;
    const w = Math.max(0, Math.round((b.value / max) * barW));
    const label = cutText(b.label, opts.labelChars ?? 28, "…");
    return (
      `<g class="bar-row"><text x="${labelW - 8}" y="${y + 17}" text-anchor="end" fill="${INK}" ${FONT}>${escapeHtml(label)}</text>` +
      `<rect x="${labelW}" y="${y + 4}" width="${barW}" height="${rowH - 8}" fill="${TRACK}"/>` +
      `<rect class="bar" x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${BAR}"><title>${escapeHtml(`${b.label}: ${b.text}`)}</title></rect>` +
      `<text x="${labelW + barW + 8}" y="${y + 17}" fill="${INK}" ${FONT}>${escapeHtml(b.text)}</text></g>`
    );
  });
  return frame(title, width, top * 2 + Math.max(1, bars.length) * rowH, rows.join(""));
}

/** Columns side by side with their label underneath: the time-to-first-quote histogram. */
export function columns(title: string, bars: Bar[], opts: { width?: number; height?: number } = {}): string {
  const width = opts.width ?? 720, height = opts.height ?? 240;
  const top = 22, bottom = 30, gap = 10;
  const plotH = height - top - bottom;
  const colW = Math.max(8, Math.floor((width - gap * (bars.length + 1)) / Math.max(1, bars.length)));
  const max = Math.max(1, ...bars.map((b) => b.value));
  const cols = bars.map((b, i) => {
    const x = gap + i * (colW + gap);
    const h = Math.round((b.value / max) * plotH);
    const y = top + plotH - h;
    return (
      `<g class="column"><rect class="bar" x="${x}" y="${y}" width="${colW}" height="${Math.max(h, 1)}" fill="${BAR}"><title>${escapeHtml(`${b.label}: ${b.text}`)}</title></rect>` +
      `<text x="${x + colW / 2}" y="${y - 6}" text-anchor="middle" fill="${INK}" ${FONT}>${escapeHtml(b.text)}</text>` +
      `<text x="${x + colW / 2}" y="${height - 10}" text-anchor="middle" fill="${INK}" ${FONT}>${escapeHtml(b.label)}</text></g>`
    );
  });
  const axis = `<line x1="0" y1="${top + plotH + 0.5}" x2="${width}" y2="${top + plotH + 0.5}" stroke="${INK}" stroke-width="1"/>`;
  return frame(title, width, height, cols.join("") + axis);
}
