// A catalog import's report and the /catalog status as one Discord message each: the report's
// lines in the seller's language, user text markdown-escaped, rejected rows listed until the
// 2,000-character limit and then counted ("… and 12 more"). A report is clipped, not split: the
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
  let out = [...text.head, ...(text.rejectedTitle ? [text.rejectedTitle] : [])].join("\n");
  const total = text.problems.length + text.notKept;
  const more = (n: number) => (n > 0 ? `\n${t(lang, "catalog-report-more", { count: n })}` : "");
  for (const [i, p] of text.problems.entries()) {
    const line = `\n• ${fit(p, MAX_LINE)}`;
    // Each line goes in only if the "and N more" for the rows after it would still fit.
    if ((out + line + more(total - i - 1)).length > max) return fit(out + more(total - i), max);
    out += line;
  }
  return fit(out + more(text.notKept), max);
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
