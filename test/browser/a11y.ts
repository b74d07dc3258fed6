// Checks the browser test runs in the page: text contrast (WCAG AA), a name on every control,
// the layout on a laptop screen, and moving the focus with the keyboard alone.
import type { Page } from "playwright-core";

/** Visible text whose contrast with its background is under 4.5:1 (3:1 for large text). */
export function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    // The nearest ancestor that paints an (almost) opaque background.
    const background = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const c = rgb(getComputedStyle(el).backgroundColor);
        if ((c[3] ?? 1) >= 0.5) return c;
      }
      return [255, 255, 255];
    };
    const bad: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      const field = el.matches("input:not([type=hidden]), select, textarea") && (el as HTMLInputElement).value;
      if ((!own && !field) || !el.checkVisibility() || el.closest(".sr-only")) continue;
      const s = getComputedStyle(el);
      const fg = lum(rgb(s.color));
      const bg = lum(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) bad.push(`${(el.textContent || (el as HTMLInputElement).value).trim().slice(0, 40)}: ${ratio.toFixed(2)} (${s.color} on ${background(el).join(",")})`);
    }
    return bad;
  });
}

/** Form controls without a label and buttons without a name. */
export function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll<HTMLInputElement>("input, select, textarea"))
      if (!el.labels?.length && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby")) bad.push(`${el.tagName.toLowerCase()}#${el.id || el.name}`);
    for (const el of document.querySelectorAll("button")) if (!(el.textContent ?? "").trim() && !el.getAttribute("aria-label")) bad.push(el.outerHTML.slice(0, 60));
    // Anything that acts like a button must be one (keyboard and screen readers come with it).
    for (const el of document.querySelectorAll(".keyboard > :not(button), .leads li > :not(button), [role=button]")) bad.push(`fake button: ${el.outerHTML.slice(0, 60)}`);
    return bad;
  });
}

/** What is wrong with the two panes' layout at the current viewport ([] when they sit side by side and fit). */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
    const buyer = box(".pane.buyer");
    const seller = box(".pane.seller");
    if (buyer.right > seller.left) bad.push("the panes are not side by side");
    if (Math.abs(buyer.top - seller.top) > 2) bad.push("the panes do not start at the same height");
    if (document.documentElement.scrollWidth > innerWidth) bad.push(`horizontal scroll: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    for (const [name, b] of [["buyer", buyer], ["seller", seller]] as const) {
      if (b.bottom > innerHeight + 1) bad.push(`${name} pane ends below the window (${b.bottom} > ${innerHeight})`);
      if (b.width < 500) bad.push(`${name} pane is narrow (${b.width}px)`);
    }
    // Nothing sticks out of its pane (the panes clip, so it would be cut off, not scrollable).
    for (const pane of document.querySelectorAll(".pane")) {
      const edge = pane.getBoundingClientRect().right;
      for (const el of pane.querySelectorAll("button, input, select"))
        if (el.checkVisibility() && el.getBoundingClientRect().right > edge + 1) bad.push(`${el.tagName.toLowerCase()}#${el.id} ${(el.textContent ?? "").trim().slice(0, 30)} is cut off`);
    }
    for (const sel of ["#message", "#leads"]) {
      const r = box(sel);
      if (r.bottom > innerHeight || r.top < 0) bad.push(`${sel} is outside the window`);
    }
    return bad;
  });
}

/** The focused element as "tag#id text", for matching and for messages. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}#${el.id} ${(el.textContent ?? "").trim()}` : "";
  });

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, match: RegExp, { back = false, max = 60 } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    if (match.test(now)) return;
    seen.push(now);
  }
  throw new Error(`${String(match)} not reached with ${back ? "Shift+Tab" : "Tab"} in ${max} presses; went through: ${seen.join(" | ")}`);
}
