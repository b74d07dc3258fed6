// Buyers of herbs, seafood and oilseeds often name the species in Latin ("Origanum compactum dried
// leaves", "Sinapis alba No. 1 Canada"); catalogs give it beside the trade name ("Organic Oregano,
// Moroccan (Origanum compactum)") or as a species attribute. The Latin name is what the product
// is: a title carrying it is of the requested kind whatever the request's last noun ("leaves"),
// and its trade name finds the seller's other rows that leave the Latin name out ("Organic Yellow
// Mustard Seed"). The names come from the catalog itself, never from a list.
import { foldText } from "../textFold.js";
import type { ProductFacts } from "../../ports/catalogSearch.js";
import { titleName } from "./productType.js";

/**
 * A Latin binomial: a capitalised genus and a lowercase epithet with a Latin ending. Brackets also
 * hold trade words ("Greek style", "Valencia late", "Eston type"), whose second word ends otherwise.
 */
const BINOMIAL = /\b([A-Z][a-z]{2,}) ([a-z]{3,}(?:-[a-z]+)?)\b/g;
const LATIN_ENDING = /(?:a|ae|um|us|is|es|ii|i|ar|as|ens|ans|io|x|or)$/;

const cache = new WeakMap<ProductFacts, string[]>();
/** The Latin names (folded, "origanum compactum") a product's title brackets or species attribute give. */
export function latinNames(p: ProductFacts): string[] {
  let names = cache.get(p);
  if (names) return names;
  const species = typeof p.attributes.species === "string" ? p.attributes.species : "";
  const sources = [...[...p.title.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!), species];
  names = [...new Set(sources.flatMap((s) => [...s.matchAll(BINOMIAL)].filter((m) => LATIN_ENDING.test(m[2]!)).map((m) => foldText(`${m[1]} ${m[2]}`))))];
  cache.set(p, names);
  return names;
}

const wordsOf = (text: string) => ` ${(foldText(text).match(/[a-z]+(?:-[a-z]+)*/g) ?? []).join(" ")} `;

/** Whether the buyer's text names one of a product's Latin names, both words in order (the text read once). */
export function speciesIn(text: string): (p: ProductFacts) => boolean {
  const said = wordsOf(text);
  return (p) => latinNames(p).some((n) => said.includes(` ${n} `));
}

/**
 * The trade names of the products whose Latin name the buyer wrote: each title's name before its
 * variant part, without brackets ("Organic Oregano", "Yellow Mustard Seed").
 */
export function tradeNames(text: string, products: ProductFacts[]): string[] {
  const named = speciesIn(text);
  const out = new Set<string>();
  for (const p of products) {
    if (!named(p)) continue;
    const name = titleName(p.title).replace(/\s+/g, " ").trim();
    if (name) out.add(name);
  }
  return [...out];
}
