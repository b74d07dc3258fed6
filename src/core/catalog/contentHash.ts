// A product's content hash covers every catalog field, so re-seeding an unchanged row does
// nothing and a changed one is updated and re-embedded.
import { createHash } from "node:crypto";
import type { CatalogProduct } from "./catalogRow.js";

/** JSON with sorted object keys, so {"a":1,"b":2} and {"b":2,"a":1} hash the same. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v as object).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(",")}}`;
  return JSON.stringify(v ?? null);
}

export function contentHash(p: CatalogProduct): string {
  return createHash("sha256").update(stable(p)).digest("hex").slice(0, 32);
}
