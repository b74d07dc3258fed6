// Pack sizes and pack kinds, read from a product's title or "packaging" attribute, so an order can
// be compared with the pack it would ship in: tonnes want drums, IBCs, flexitanks or bulk bags; a
// deli's 200 bottles want bottles. Families join the words buyers and sellers use for one pack.
import { foldText } from "../textFold.js";
import type { ProductFacts } from "../../ports/catalogSearch.js";

const FAMILIES: Record<string, string[]> = {
  drum: ["drum", "barrel", "fut", "baril", "tonneau"],
  ibc: ["ibc", "tote", "cubitainer"],
  flexitank: ["flexitank", "flexibag"],
  "bulk bag": ["big bag", "jumbo bag", "bulk bag", "bulk tote", "fibc", "1 t bag"],
  jerrycan: ["jerrycan", "jerry can", "jerrican"],
  tin: ["tin", "can", "bidon"],
  // "chaudière": the Québec word for a pail ("miel en chaudières de 25 kg").
  pail: ["pail", "bucket", "seau", "chaudiere", "tub"],
  bag: ["bag", "sack", "sac", "sachet", "pouch", "bale", "balle"],
  bottle: ["bottle", "bouteille", "flask", "flacon", "dropper", "spray", "jug"],
  jar: ["jar", "pot", "bocal", "tub"],
  carton: ["carton", "case", "box", "caisse", "boite", "tray"],
};
const FAMILY_OF = new Map(Object.entries(FAMILIES).flatMap(([f, ws]) => ws.map((w) => [w, f] as const)));
const PATTERNS = [...FAMILY_OF.keys()].map((p) => [new RegExp(` ${p}(?:s|x|es)? `), FAMILY_OF.get(p)!] as const);

/** Pack families named in a text ("fûts" → drum, "25 L jerrycan" → jerrycan). */
export function packFamilies(text: string): string[] {
  const folded = ` ${foldText(text).replace(/[^a-z0-9]+/g, " ")} `;
  const out = new Set<string>();
  for (const [re, family] of PATTERNS) if (re.test(folded)) out.add(family);
  if (out.has("bulk bag")) out.delete("bag");
  return [...out];
}

const BASE: Record<string, [number, "kg" | "l"]> = { kg: [1, "kg"], g: [0.001, "kg"], t: [1000, "kg"], lb: [0.4536, "kg"], l: [1, "l"], ml: [0.001, "l"], gal: [3.785, "l"], oz: [0.02835, "kg"] };

/** A pack's content, in kg or litres. */
export type PackAmount = { amount: number; base: "kg" | "l" };
const inBase = (n: string, unit: string): PackAmount => {
  const [factor, base] = BASE[unit === "lbs" ? "lb" : unit]!;
  return { amount: Number(n) * factor, base };
};

/** The parts of a product that describe its pack: the packaging attribute and the title after a dash ("Argan oil – 200 L drum"). */
function packTexts(p: Pick<ProductFacts, "title" | "attributes">): [string, string] {
  const packaging = typeof p.attributes.packaging === "string" ? p.attributes.packaging : "";
  // Only the pack part of the name counts: "Cotton tote bag" is a product, "– 1 t bulk tote" a pack.
  return [packaging, p.title.split(/\s[–—-]\s/).slice(1).join(" ")];
}

/** One pack's content in kg or litres ("flexitank 24,000 L" → 24000 l), from the packaging attribute or the title's last part. */
export const packSize = (p: Pick<ProductFacts, "title" | "attributes">) => sizeIn(packTexts(p));

function sizeIn(texts: string[]): PackAmount | null {
  for (const text of texts) {
    const m = foldText(text).replace(/(\d),(\d{3})/g, "$1$2").match(/(\d+(?:\.\d+)?)\s*(kg|g|t|lb|l|ml|gal|oz)\b/);
    if (m) return inBase(m[1]!, m[2]!);
  }
  return null;
}

/**
 * What kind of order a pack is made for. "bulk": drums, IBCs, flexitanks, bulk bags, sacks of
 * 25 kg and more, anything of 100 kg/L and more; "retail": bottles and jars under 5 L/kg, and
 * 1.5 L or less of liquid; "mid": the rest with a known size (jerrycans, tins, pails, cartons,
 * 5–10 kg bags); null when the product names no pack.
 */
export type PackClass = "bulk" | "mid" | "retail";
export const BULK_FAMILIES = ["drum", "ibc", "flexitank", "bulk bag"];

export interface Pack {
  size: PackAmount | null;
  families: string[];
  cls: PackClass | null;
}

/** A product's pack, read once: its size, the pack families it names, and its class. */
export function packOf(p: Pick<ProductFacts, "title" | "attributes">): Pack {
  const texts = packTexts(p);
  const families = packFamilies(texts.join(" "));
  const size = sizeIn(texts);
  const tail = texts[1];
  return { size, families, cls: classify(families, size, tail) };
}

export const packClass = (p: Pick<ProductFacts, "title" | "attributes">): PackClass | null => packOf(p).cls;

function classify(families: string[], size: Pack["size"], tail: string): PackClass | null {
  if (families.some((f) => BULK_FAMILIES.includes(f)) || (size && size.amount >= 100)) return "bulk";
  if (families.includes("bag") && size && size.amount >= 25) return "bulk";
  // "– bulk vessel", "– bulk in containers": no pack at all is the bulkest pack.
  if (/\bbulk\b/i.test(tail) && !size) return "bulk";
  // Bottles and jars, or a litre or less of liquid; not a 125 g tin of sardines or an "8 oz" crab.
  if ((families.includes("bottle") || families.includes("jar")) && (!size || size.amount < 5)) return "retail";
  if (size && size.base === "l" && size.amount <= 1.5) return "retail";
  return size ? "mid" : null;
}

/** Factor on a product's score when its pack holds more than twice the whole order (a flexitank for 500 L). */
export const PACK_TOO_LARGE = 0.85;

/** Factor on a product's score from how its pack suits an order of this class (rows: order; columns: pack). */
// Chosen on the dev sets (README: matching quality). A product that names no pack counts as 1, so
// the bulk pack is lifted rather than every other pack lowered.
export const PACK_FACTOR: Record<"bulk" | "small", Record<PackClass, number>> = {
  // Tonnes and containers: drums, IBCs and bulk bags first, jerrycans and tins next, bottles last.
  bulk: { bulk: 1.35, mid: 1, retail: 0.75 },
  // A shop's bottles or jars: a drum is more than the whole order.
  small: { bulk: 0.75, mid: 1, retail: 1 },
};

const SIZE_UNIT = "(\\d+(?:\\.\\d+)?)\\s*(kg|g|t|lb|lbs|l|ml|gal|oz)";
const PACK_NOUN = [...FAMILY_OF.keys()].filter((w) => !w.includes(" ")).join("|");
/** "25 kg bags", "30 lb cartons", "5kg tins", "1 t bulk bags"; French "sacs de 25 kg", "balles de 20 kg". */
const SIZED_PACK = [
  new RegExp(`\\b${SIZE_UNIT} (?:(?:bulk|jumbo|big|poly|paper|plastic|glass|tin|pp|woven|kraft) )?(?:${PACK_NOUN})(?:s|x|es)?\\b`, "g"),
  new RegExp(`\\b(?:${PACK_NOUN})(?:s|x|es)? (?:de|d'|of) ${SIZE_UNIT}\\b`, "g"),
];

/**
 * The pack sizes the buyer names, in kg or litres ("30 lb cartons" → 13.6 kg): the size of one
 * pack, not the order's quantity ("20 MT") nor a container.
 */
export function askedPackSizes(text: string): PackAmount[] {
  const folded = foldText(text).replace(/(\d),(\d)/g, "$1.$2").replace(/(\d)\s*(kg|g|t|lb|lbs|l|ml|gal|oz)\b/g, "$1 $2").replace(/[^a-z0-9.']+/g, " ");
  const out: PackAmount[] = [];
  for (const re of SIZED_PACK) for (const m of folded.matchAll(re)) out.push(m[1] ? inBase(m[1], m[2]!) : inBase(m[3]!, m[4]!));
  return out;
}

/** True when the pack holds one of the asked sizes (within 5%: "30 lb" is the 13.61 kg carton). */
export const packSizeAsked = (size: Pack["size"], asked: PackAmount[]): boolean | null =>
  !size || !asked.length ? null : asked.some((a) => a.base === size.base && Math.abs(a.amount - size.amount) <= 0.05 * a.amount);
