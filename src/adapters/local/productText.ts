// The text that represents a product to any embedder. One function, so seeding, reindexing and
// evaluation embed products the same way, and a change here is a change of vector space.

export interface ProductTextInput {
  title: string;
  description?: string | null;
  category?: string | null;
  attributes?: Record<string, unknown> | null;
}

/** Descriptions beyond this add cost and dilute the title; the first paragraphs say what it is. */
export const MAX_DESCRIPTION_CHARS = 2_000;

/**
 * "Title\nTitle\nCategory path\nDescription\nkey: value; …". The title is written twice because it
 * names the product and buyers search by name: with sublinear term weighting that lifts title words
 * over description words without drowning them. Category paths "a > b" become "a, b"; attribute
 * keys are humanised ("shelf_life" → "shelf life") since they carry meaning too.
 */
export function productText(p: ProductTextInput): string {
  const title = p.title.trim();
  const parts = [title, title];
  const category = p.category?.trim();
  if (category) parts.push(category.split(/\s*>\s*/).filter(Boolean).join(", "));
  const description = p.description?.trim();
  if (description) parts.push(description.length > MAX_DESCRIPTION_CHARS ? description.slice(0, MAX_DESCRIPTION_CHARS) : description);
  const attrs = attributesText(p.attributes);
  if (attrs) parts.push(attrs);
  return parts.join("\n");
}

function attributesText(attributes: Record<string, unknown> | null | undefined): string {
  if (!attributes) return "";
  const out: string[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const name = key.replace(/[_-]+/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
    // {"gluten_free": true} reads "gluten free"; a false flag must not match a search for it.
    if (typeof value === "boolean") {
      if (value) out.push(name);
      continue;
    }
    const text = valueText(value);
    if (text) out.push(`${name}: ${text}`);
  }
  return out.join("; ");
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join(", ");
  if (typeof value === "object") return attributesText(value as Record<string, unknown>);
  return "";
}
