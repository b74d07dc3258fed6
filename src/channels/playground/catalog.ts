// The desk's catalog upload, as Discord's /catalog upload does it: the seller is the one this page
// plays (its stand-in for the Discord link), never the file's; the report comes back as lines in
// the page's language, which the page inserts as text (never as HTML). The file arrives as the raw
// request body (application/octet-stream, at most MAX_UPLOAD_BYTES: see server.ts).
import { z } from "zod";
import { availableLanguages, pickLanguage, t } from "../../locales/index.js";
import { catalogReportText, uploadRefusalText } from "../../locales/catalogReport.js";
import type { CatalogImportReport } from "../../ports/sellerCatalog.js";
import type { PlaygroundRuntime } from "./deps.js";
import { HttpError } from "./httpError.js";
import { sessionSchema } from "./session.js";

export const catalogQuerySchema = z.object({
  session: sessionSchema,
  lang: z.enum(availableLanguages() as [string, ...string[]]).default("en"),
});
export const uploadQuerySchema = catalogQuerySchema.extend({ name: z.string().trim().min(1, "must name the file").max(255, "must be at most 255 characters") });

export interface ReportView {
  head: string[];
  rejectedTitle: string | null;
  problems: string[];
  /** "… and N more" when rejected rows were not kept with the report. */
  more: string | null;
  /** Imported, but worth fixing: the file's notes, then rows with warnings. */
  warningsTitle: string | null;
  warnings: string[];
  /** "… and N more" when rows with warnings were not kept with the report. */
  warningsMore: string | null;
}

export interface CatalogView {
  seller: string;
  /** "Atlas Argan has 12 products in Caravan." */
  summary: string;
  products: number;
  report: ReportView | null;
}

const reportView = (lang: string, r: CatalogImportReport, seller: string): ReportView => {
  const text = catalogReportText(lang, r, seller);
  const more = (n: number) => (n ? t(lang, "catalog-report-more", { count: n }) : null);
  return {
    head: text.head, rejectedTitle: text.rejectedTitle, problems: text.problems, more: more(text.notKept),
    warningsTitle: text.warningsTitle, warnings: text.warnings, warningsMore: more(text.warningsNotKept),
  };
};

/** The seller this page plays; the desk's own "pick a seller first" otherwise. */
async function played(rt: PlaygroundRuntime, session: string, lang: string) {
  const seller = await rt.store.playedSeller(session);
  if (!seller) throw new HttpError(409, t(lang, "pg-desk-error-no-seller"));
  return seller;
}

async function viewOf(rt: PlaygroundRuntime, seller: { id: string; name: string }, lang: string): Promise<CatalogView> {
  const s = await rt.catalog.status(seller.id);
  return { seller: seller.name, products: s.products, summary: t(lang, "catalog-status", { seller: seller.name, products: s.products }), report: s.last ? reportView(lang, s.last, seller.name) : null };
}

export async function catalogStatus(rt: PlaygroundRuntime, session: string, lang: string): Promise<CatalogView> {
  const l = pickLanguage(lang);
  return viewOf(rt, await played(rt, session, l), l);
}

export async function uploadCatalog(rt: PlaygroundRuntime, q: z.infer<typeof uploadQuerySchema>, bytes: Uint8Array): Promise<CatalogView> {
  const l = pickLanguage(q.lang);
  const seller = await played(rt, q.session, l);
  const out = await rt.catalog.upload({ sellerId: seller.id, platform: "playground", userId: q.session, fileName: q.name, bytes });
  if (out.kind === "refused") throw new HttpError(out.reason === "too_big" ? 413 : 415, uploadRefusalText(l, out, q.name));
  if (out.kind === "unknown_seller") throw new HttpError(409, t(l, "pg-desk-error-no-seller"));
  rt.logger.info({ seller: seller.id, file: out.report.fileName, read: out.report.read, rejected: out.report.rejected }, "seller catalog uploaded (playground)");
  return viewOf(rt, seller, l);
}
