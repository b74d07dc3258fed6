// A catalog import's report and the /catalog status as one Discord message each: the report's
// lines in the seller's language, user text markdown-escaped, rejected rows then warnings listed
// until the 2,000-character limit and then counted ("… and 12 more"). A report is clipped, not split: the
// seller wants the first problems to fix, not pages of them.
import type { CatalogImportReport, SellerCatalogStatus, UploadOutcome } from "../../ports/sellerCatalog.js";
import type { UploadRefusal } from "../../core/catalog/uploadCheck.js";
import { catalogReportText, uploadLimitMb, uploadRefusalText } from "../../locales/catalogReport.js";
import { t } from "../../locales/index.js";
import { md } from "./markdown.js";
import { fit, LIMITS } from "./limits.js";

/** Longest single rejected-row line: one absurd reason must not push every other out. */
const MAX_LINE = 400;

export function reportContent(lang: string, r: CatalogImportReport, seller: string, max: number = LIMITS.content): string {
  const text = catalogReportText(lang, r, seller, md);
  const more = (n: number) => (n > 0 ? `\n${t(lang, "catalog-report-more", { count: n })}` : "");
  const sections = [
    { title: text.rejectedTitle, lines: text.problems, notKept: text.notKept },
    { title: text.warningsTitle, lines: text.warnings, notKept: text.warningsNotKept },
  ].filter((s) => s.title);
  // The least each later section needs (its title and "… and N more"), so rejected rows, listed
  // first, never crowd the warnings out of the message entirely.
  const least = sections.map((s) => `\n${s.title}${more(s.lines.length + s.notKept)}`.length);
  let out = text.head.join("\n");
  sections.forEach((s, k) => {
    const room = max - least.slice(k + 1).reduce((a, b) => a + b, 0);
    out = appendSection(out, s.title!, s.lines, s.notKept, more, room);
  });
  return fit(out, max);
}

/** `out` + a titled list, each line in only if the "and N more" for the lines after it still fits in `room`. */
function appendSection(out: string, title: string, lines: string[], notKept: number, more: (n: number) => string, room: number): string {
  const total = lines.length + notKept;
  let next = `${out}\n${title}`;
  for (const [i, p] of lines.entries()) {
    const line = `\n• ${fit(p, MAX_LINE)}`;
    if ((next + line + more(total - i - 1)).length > room) return fit(next + more(total - i), room);
    next += line;
  }
  return fit(next + more(notKept), room);
}

export const refusalContent = (lang: string, r: UploadRefusal, fileName: string): string => uploadRefusalText(lang, r, fit(fileName, 100), md);

export function uploadContent(lang: string, out: UploadOutcome, fileName: string, seller: string): string {
  if (out.kind === "imported") return reportContent(lang, out.report, seller);
  if (out.kind === "refused") return refusalContent(lang, out, fileName);
  return t(lang, "discord-not-linked"); // the seller was removed meanwhile
}

export function statusContent(lang: string, s: SellerCatalogStatus, seller: string): string {
  const head = t(lang, "catalog-status", { seller: `**${md(seller)}**`, products: s.products });
  if (!s.last) return fit(`${head}\n${t(lang, "catalog-status-no-import", { limit: uploadLimitMb() })}`, LIMITS.content);
  const prefix = `${head}\n${t(lang, "catalog-status-last")}\n`;
  return prefix + reportContent(lang, s.last, seller, LIMITS.content - prefix.length);
}
