// A seller's own catalog upload: the file's rows go through seedCatalog — the same validation,
// idempotency and embedding as `npm run seed` — but the seller is the uploader's, from their
// link, never the file's. A row whose seller column names someone else is refused with a line
// in the report: a seller can only write their own products. Nothing is pruned: products the
// file does not list stay (a partial file must not wipe a catalog).
import { foldText } from "../textFold.js";
import { seedCatalog, type RowEvent, type SeedDeps, type SeedReport } from "./seedCatalog.js";

export interface UploadSeller {
  id: string;
  name: string;
  country: string | null;
}

export interface UploadProblem {
  line: number;
  reason: string;
  /** Set when the row named another seller: the channel words this one in the seller's language. */
  otherSeller?: string;
}

/** Problems kept with a stored report; the total is kept beside them. */
export const MAX_STORED_PROBLEMS = 200;

export interface UploadImport {
  report: SeedReport;
  problems: UploadProblem[];
}

const sameSeller = (a: string, b: string) => foldText(a.replace(/\s+/g, " ").trim()) === foldText(b.replace(/\s+/g, " ").trim());
const cell = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

/** The rows as the seller's own: their name and country filled in, rows naming another seller refused. */
export async function* ownRows(rows: AsyncIterable<RowEvent>, seller: UploadSeller, foreign: Map<number, string>): AsyncGenerator<RowEvent> {
  for await (const ev of rows) {
    if (ev.kind === "row") {
      const named = cell(ev.raw.seller);
      if (named && !sameSeller(named, seller.name)) {
        foreign.set(ev.line, named);
        yield { kind: "bad", line: ev.line, reason: `the seller column says "${named}", but this upload is for "${seller.name}": a seller can only write their own products` };
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
  const foreign = new Map<number, string>();
  const report = await seedCatalog(deps, async () => ownRows(await openRows(), seller, foreign), { owner: { id: seller.id, country: seller.country } });
  const problems = report.problems.map((p): UploadProblem => {
    const other = foreign.get(p.line);
    return other === undefined ? p : { ...p, otherSeller: other };
  });
  return { report, problems };
}
