// Online shops' product exports, recognised from their headers and turned into catalog rows.
// Shopify (products_export.csv): one row per variant; rows that continue a product share its
// Handle and leave Title and Body empty, so they inherit them; image-only rows are skipped; Vendor
// is the seller. WooCommerce (Products → Export): "variable" rows are containers whose
// "variation" rows (Parent = id:N or the parent's SKU) are the products; no seller column.
// Descriptions are HTML, turned into plain text with html-to-text. Neither export names a
// currency, so prices need --currency (else they are left out, and said).
import { convert } from "html-to-text";
import { foldHeader } from "../../core/catalog/columnMap.js";
import type { RowIssue } from "../../core/catalog/rowIssues.js";
import type { FileWarning } from "../../core/catalog/fileWarnings.js";

export type ShopFormat = "shopify" | "woocommerce";
export type ShopRow = { raw: Record<string, unknown>; extras: Record<string, unknown> } | { bad: RowIssue } | null;

export interface ShopOptions {
  seller?: string | undefined;
  currency?: string | undefined;
  warn: (warning: FileWarning) => void;
}

export function detectShopFormat(header: string[]): ShopFormat | null {
  const h = new Set(header.map(foldHeader));
  if (h.has("handle") && h.has("title") && (h.has("variant sku") || h.has("variant price"))) return "shopify";
  if (h.has("sku") && h.has("name") && h.has("regular price") && h.has("type")) return "woocommerce";
  return null;
}

export const htmlToText = (html: string): string =>
  convert(html, { wordwrap: false, selectors: [{ selector: "a", options: { ignoreHref: true } }, { selector: "img", format: "skip" }] }).trim();

type Get = (name: string) => string;
const getter = (rec: Record<string, string>): Get => {
  const folded = new Map(Object.entries(rec).map(([k, v]) => [foldHeader(k), v.trim()]));
  return (name) => folded.get(foldHeader(name)) ?? "";
};
const skuPart = (s: string) => s.trim().replace(/\s+/g, "-");

/** A stateful converter for one file: rows must be fed in file order. */
export function shopConverter(format: ShopFormat, opts: ShopOptions): (rec: Record<string, string>) => ShopRow {
  let warnedCurrency = false;
  const price = (raw: Record<string, unknown>, value: string) => {
    if (!value) return;
    if (!opts.currency) {
      if (!warnedCurrency) opts.warn({ code: "shop_no_currency", format });
      warnedCurrency = true;
      return;
    }
    raw.price_min = value;
    raw.price_max = value;
    raw.currency = opts.currency;
  };
  return format === "shopify" ? shopify(opts, price) : woocommerce(opts, price);
}

type Price = (raw: Record<string, unknown>, value: string) => void;

function shopify(opts: ShopOptions, price: Price) {
  let product: { handle: string; title: string; description: string; vendor: string; category: string; type: string; tags: string } | null = null;
  return (rec: Record<string, string>): ShopRow => {
    const get = getter(rec);
    const handle = get("Handle");
    if (!handle) return { bad: { code: "shopify_no_handle" } };
    if (get("Title")) {
      product = {
        handle, title: get("Title"), description: htmlToText(get("Body (HTML)")), vendor: get("Vendor"),
        category: get("Product Category"), type: get("Type"), tags: get("Tags"),
      };
    } else if (!product || product.handle !== handle) return { bad: { code: "shopify_orphan_handle", handle } };
    const options = [1, 2, 3].map((n) => get(`Option${n} Value`)).filter((v) => v && v !== "Default Title");
    const isVariant = get("Variant SKU") || get("Variant Price") || options.length > 0;
    if (!isVariant) return null; // an extra image of the product
    const raw: Record<string, unknown> = {
      seller: product.vendor || opts.seller || "",
      sku: get("Variant SKU") || [handle, ...options].map(skuPart).join("-"),
      title: options.length ? `${product.title} — ${options.join(" / ")}` : product.title,
      description: product.description,
      category: product.category || product.type,
    };
    price(raw, get("Variant Price"));
    const extras: Record<string, unknown> = {};
    const names = [1, 2, 3].map((n) => get(`Option${n} Name`));
    options.forEach((v, i) => (extras[foldHeader(names[i] || `option ${i + 1}`).replace(/ /g, "_")] = v));
    if (product.tags) extras.tags = product.tags;
    if (product.type && product.category) extras.type = product.type;
    if (get("Variant Barcode")) extras.barcode = get("Variant Barcode");
    if (get("Variant Grams")) extras.grams = get("Variant Grams");
    return { raw, extras };
  };
}

function woocommerce(opts: ShopOptions, price: Price) {
  const parents = new Map<string, { name: string; description: string; category: string }>();
  return (rec: Record<string, string>): ShopRow => {
    const get = getter(rec);
    const type = get("Type").toLowerCase();
    const description = htmlToText(get("Description") || get("Short description"));
    const category = get("Categories").split(",")[0]?.trim() ?? "";
    if (type.includes("variable")) {
      const info = { name: get("Name"), description, category };
      if (get("ID")) parents.set(`id:${get("ID")}`, info);
      if (get("SKU")) parents.set(get("SKU"), info);
      return null; // a container: its variations are the products
    }
    const parent = type.includes("variation") ? parents.get(get("Parent")) : undefined;
    if (type.includes("variation") && !parent) return { bad: { code: "woo_orphan_variation", parent: get("Parent") } };
    const raw: Record<string, unknown> = {
      seller: opts.seller ?? "",
      sku: get("SKU") || (get("ID") ? `woo-${get("ID")}` : ""),
      title: get("Name") || parent?.name || "",
      description: description || parent?.description || "",
      category: category || parent?.category || "",
    };
    price(raw, get("Sale price") || get("Regular price"));
    const extras: Record<string, unknown> = {};
    for (let n = 1; n <= 10; n++) {
      const name = get(`Attribute ${n} name`);
      if (name) extras[foldHeader(name).replace(/ /g, "_")] = get(`Attribute ${n} value(s)`);
    }
    if (get("Tags")) extras.tags = get("Tags");
    if (get("Weight (kg)")) extras.weight_kg = get("Weight (kg)");
    return { raw, extras };
  };
}

