// A seller's own catalog upload: the file's rows go through seedCatalog — the same validation,
// idempotency and embedding as `npm run seed` — but the seller is the uploader's, from their
// link, never the file's. A row whose seller column names someone else is refused with a line
// in the report: a seller can only write their own products. Nothing is pruned: products the
// file does not list stay (a partial file must not wipe a catalog).
import { foldText } from "../textFold.js";
import type { RowIssue } from "./rowIssues.js";
import { seedCatalog, type RowEvent, type SeedDeps, type SeedReport } from "./seedCatalog.js";

export interface UploadSeller {
  id: string;
  name: string;
  country: string | null;
}

/** A rejected row of an upload: its reasons as data, worded by the channel in the seller's language. */
export interface UploadProblem {
  line: number;
  issues: RowIssue[];
}

/** Problems kept with a stored report; the total is kept beside them. */
export const MAX_STORED_PROBLEMS = 200;
/** Rows with warnings kept with a stored report (the total is kept beside them), as for problems. */
export const MAX_STORED_WARNINGS = 200;

export interface UploadImport {
  report: SeedReport;
  problems: UploadProblem[];
  /** Imported rows with something the seller should fix (a row's warnings together), by line. */
  warnings: UploadProblem[];
}

/** The seed's warnings (one per issue) as one entry per row, in file order. */
export function warningsByRow(warnings: SeedReport["warnings"]): UploadProblem[] {
  const byLine = new Map<number, RowIssue[]>();
  for (const w of warnings) {
    const issues = byLine.get(w.line);
    if (issues) issues.push(w.issue);
    else byLine.set(w.line, [w.issue]);
  }
  return [...byLine].map(([line, issues]) => ({ line, issues }));
}

const sameSeller = (a: string, b: string) => foldText(a.replace(/\s+/g, " ").trim()) === foldText(b.replace(/\s+/g, " ").trim());
const cell = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

/** The rows as the seller's own: their name and country filled in, rows naming another seller refused. */
export async function* ownRows(rows: AsyncIterable<RowEvent>, seller: UploadSeller): AsyncGenerator<RowEvent> {
  for await (const ev of rows) {
    if (ev.kind === "row") {
      const named = cell(ev.raw.seller);
      if (named && !sameSeller(named, seller.name)) {
        yield { kind: "bad", line: ev.line, issue: { code: "other_seller", named, seller: seller.name } };
        continue;
      }
      const raw: Record<string, unknown> = { ...ev.raw, seller: seller.name };
      if (seller.country) raw.seller_country = seller.country; // the company's country, as on file
      yield { ...ev, raw };
    } else yield ev;
  }
}

/** Imports the rows into `seller`'s catalog through seedCatalog. */
export async function importOwnCatalog(deps: SeedDeps, seller: UploadSeller, openRows: () => Promise<AsyncIterable<RowEvent>>): Promise<UploadImport> {
  const report = await seedCatalog(deps, async () => ownRows(await openRows(), seller), { owner: { id: seller.id, country: seller.country } });
  return { report, problems: report.problems, warnings: warningsByRow(report.warnings) };
}
