// Writes catalog files into a temp directory for seeding tests.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const HEADER = "seller,sku,title,description,category,attributes,moq,unit,price_min,price_max,currency,lead_time_days,certifications,origin_country,seller_country,ships_to";

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "caravan-cat-"));
}

export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** A CSV line from values in header order (quotes doubled, every cell quoted). */
export function csvLine(values: (string | number)[]): string {
  return values.map((v) => `"${String(v).replace(/"/g, '""')}"`).join(",");
}

export function row(seller: string, sku: string, title: string, extra: Partial<Record<string, string | number>> = {}): string {
  const cells: Record<string, string | number> = {
    seller, sku, title, description: `${title} from ${seller}`, category: "Food > Oils", attributes: "{}", moq: 100, unit: "kg",
    price_min: 10, price_max: 12, currency: "EUR", lead_time_days: 14, certifications: "organic", origin_country: "MA",
    seller_country: "MA", ships_to: "FR;NL", ...extra,
  };
  return csvLine(HEADER.split(",").map((k) => cells[k] ?? ""));
}
