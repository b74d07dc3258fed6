// Sellers name their columns their own way, in English or French ("Désignation", "Qté minimum",
// "Lead time (days)"). Headers are folded (case, accents, punctuation) and looked up among
// synonyms of each catalog column; `--map "Our Col=moq"` wins over the synonyms. Columns that
// map to nothing stay extras (kept in attributes). "price" is a pseudo-column for a single price
// (it fills price_min and price_max).
import { foldText } from "../textFold.js";
import { CATALOG_COLUMNS } from "./catalogRow.js";

export type MappedColumn = (typeof CATALOG_COLUMNS)[number] | "price";
export const MAP_TARGETS: readonly MappedColumn[] = [...CATALOG_COLUMNS, "price"];

/** "Quantité minimum (kg)" → "quantite minimum kg". */
export const foldHeader = (h: string): string => foldText(h).replace(/[^a-z0-9]+/g, " ").trim();

const SYNONYMS: Record<MappedColumn, string[]> = {
  seller: ["seller", "seller name", "supplier", "vendor", "company", "brand", "manufacturer", "vendeur", "fournisseur", "societe", "entreprise", "marque", "fabricant"],
  sku: ["sku", "reference", "ref", "ref produit", "reference produit", "product code", "item code", "code article", "article", "code", "item no", "item number", "part number", "variant sku", "id produit"],
  title: ["title", "name", "product", "product name", "item", "designation", "produit", "nom", "nom du produit", "libelle", "intitule", "article name"],
  description: ["description", "details", "long description", "descriptif", "description longue", "body", "body html", "detail"],
  category: ["category", "categories", "product type", "type", "family", "categorie", "famille", "rayon", "product category"],
  attributes: ["attributes", "attributs", "caracteristiques"],
  moq: ["moq", "minimum order", "minimum order quantity", "min order", "min qty", "minimum quantity", "quantite minimum", "quantite minimale", "qte minimum", "qte min", "minimum de commande", "commande minimum", "commande minimale"],
  unit: ["unit", "uom", "unit of measure", "unite", "unite de mesure", "conditionnement unite"],
  price_min: ["price min", "min price", "price from", "prix min", "prix minimum", "prix a partir de", "prix plancher"],
  price_max: ["price max", "max price", "price to", "prix max", "prix maximum"],
  price: ["price", "unit price", "price per unit", "prix", "prix unitaire", "tarif", "prix ht", "prix unitaire ht", "variant price", "regular price"],
  currency: ["currency", "devise", "monnaie", "currency code"],
  lead_time_days: ["lead time", "lead time days", "lead days", "delivery time", "delai", "delai jours", "delai de livraison", "delai de production", "delai livraison jours"],
  certifications: ["certifications", "certification", "certificates", "labels", "label", "certificats", "normes"],
  origin_country: ["origin", "origin country", "country of origin", "made in", "pays d origine", "origine", "pays origine", "provenance"],
  seller_country: ["seller country", "supplier country", "company country", "pays du vendeur", "pays vendeur", "pays du fournisseur", "pays fournisseur"],
  ships_to: ["ships to", "ship to", "export markets", "markets", "destinations", "expedie vers", "livre vers", "livraison vers", "marches", "marches export", "pays de livraison"],
};

const LOOKUP = new Map<string, MappedColumn>();
for (const [col, names] of Object.entries(SYNONYMS) as [MappedColumn, string[]][]) {
  LOOKUP.set(foldHeader(col), col);
  for (const n of names) LOOKUP.set(foldHeader(n), col);
}
// A unit or currency in brackets does not change the column: "Prix (EUR)", "Délai (jours)".
const withoutBrackets = (folded: string, raw: string): string => foldHeader(raw.replace(/\([^)]*\)|\[[^\]]*\]/g, " ")) || folded;

/** The catalog column a header means, or null (an extra column). */
export function columnFor(header: string, overrides: ReadonlyMap<string, MappedColumn> = new Map()): MappedColumn | null {
  const f = foldHeader(header);
  if (!f) return null;
  return overrides.get(f) ?? LOOKUP.get(f) ?? LOOKUP.get(withoutBrackets(f, header)) ?? null;
}

export class MapSpecError extends Error {}

/** `--map "Our Col=moq,Prix HT=price"` → folded header → column; unknown targets are refused. */
export function parseMapSpec(spec: string | undefined): Map<string, MappedColumn> {
  const out = new Map<string, MappedColumn>();
  for (const part of (spec ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = part.lastIndexOf("=");
    const from = eq > 0 ? part.slice(0, eq).trim() : "";
    const to = eq > 0 ? part.slice(eq + 1).trim().toLowerCase() : "";
    if (!from || !to) throw new MapSpecError(`--map "${part}": write HEADER=column, e.g. "Qté mini=moq"`);
    if (!(MAP_TARGETS as readonly string[]).includes(to)) throw new MapSpecError(`--map "${part}": ${to} is not a catalog column (one of ${MAP_TARGETS.join(", ")})`);
    out.set(foldHeader(from), to as MappedColumn);
  }
  return out;
}

/** How many distinct catalog columns a row's cells name: a header row names several. */
export function headerScore(cells: string[], overrides?: ReadonlyMap<string, MappedColumn>): number {
  return new Set(cells.map((c) => columnFor(c, overrides)).filter(Boolean)).size;
}

/**
 * A few headers each required column is recognised by, as a seller would write them (accents,
 * capitals): what a seller is told to rename a header to, since they cannot pass `--map` from a chat.
 */
export const HEADER_EXAMPLES = {
  seller: ["Seller", "Vendeur", "Fournisseur"],
  sku: ["SKU", "Référence", "Code article"],
  title: ["Title", "Désignation", "Nom du produit"],
} as const satisfies Partial<Record<MappedColumn, readonly string[]>>;

/** The examples of `column` ("sku" → "SKU / Référence / Code article"); the column's own name when it has none. */
export const headerExamples = (column: string): string =>
  (HEADER_EXAMPLES as Partial<Record<string, readonly string[]>>)[column]?.join(" / ") ?? column;
