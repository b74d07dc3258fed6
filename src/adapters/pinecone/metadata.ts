// Pinecone refuses a vector whose metadata is over 40 KB. Caravan's metadata is small except the
// certification and export-market lists, which a seller's file may make arbitrarily long: they
// are capped here (entries and their length), then trimmed from the end until the whole fits.
// Only filtering uses this copy; the database keeps every certification.
import type { RecordMetadata } from "@pinecone-database/pinecone";

/** What Caravan stores beside each vector (filters on seller country, certifications, ships-to). */
export type Meta = RecordMetadata & {
  product_id: string;
  seller_id: string;
  seller_country?: string;
  origin_country?: string;
  certifications?: string[];
  ships_to?: string[];
};


/** Pinecone's limit is 40,960 bytes of metadata per vector; keep a margin for its own encoding. */
export const MAX_METADATA_BYTES = 40_000;
const MAX_LIST = 200;
const MAX_ENTRY = 64;

const bytes = (m: Meta): number => Buffer.byteLength(JSON.stringify(m), "utf8");

export function boundMetadata(m: Meta): { metadata: Meta; capped: boolean } {
  const before = { c: m.certifications?.length ?? 0, s: m.ships_to?.length ?? 0 };
  const trimList = (xs: string[] | undefined) =>
    xs?.filter((x) => x.length <= MAX_ENTRY).slice(0, MAX_LIST);
  const out: Meta = { ...m };
  const certs = trimList(m.certifications);
  const ships = trimList(m.ships_to);
  if (certs) out.certifications = certs;
  if (ships) out.ships_to = ships;
  while (bytes(out) > MAX_METADATA_BYTES && (out.certifications?.length || out.ships_to?.length)) {
    if ((out.certifications?.length ?? 0) >= (out.ships_to?.length ?? 0)) out.certifications = out.certifications!.slice(0, -1);
    else out.ships_to = out.ships_to!.slice(0, -1);
  }
  const capped = (out.certifications?.length ?? 0) !== before.c || (out.ships_to?.length ?? 0) !== before.s;
  return { metadata: out, capped };
}
