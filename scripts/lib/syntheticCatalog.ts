// Generates believable synthetic catalog rows for benchmarks (seed and match), deterministically
// from a seed number, streamed so N can be large without holding rows in memory.
const FAMILIES = [
  ["argan oil", "Food > Oils > Argan oil", "kg"], ["olive oil", "Food > Oils > Olive oil", "l"], ["maple syrup", "Food > Sweeteners > Maple", "l"],
  ["wild blueberries", "Food > Fruit > Frozen", "kg"], ["sardines", "Food > Seafood > Canned", "carton"], ["medjool dates", "Food > Fruit > Dried", "kg"],
  ["saffron", "Food > Spices", "g"], ["couscous", "Food > Grains", "t"], ["leather bag", "Fashion > Leather goods", "pcs"],
  ["zellige tiles", "Home > Tiles", "m2"], ["ceramic tagine", "Home > Ceramics", "pcs"], ["brake pads", "Automotive > Brakes", "pcs"],
  ["wire harness", "Automotive > Electrical", "pcs"], ["wood pellets", "Energy > Biomass", "t"], ["canola oil", "Food > Oils > Canola", "t"],
  ["lobster", "Food > Seafood > Shellfish", "kg"], ["ice wine", "Beverages > Wine", "pcs"], ["honey", "Food > Sweeteners > Honey", "kg"],
  ["denim jeans", "Fashion > Apparel", "pcs"], ["phosphate fertilizer", "Agriculture > Fertilizers", "t"],
] as const;
const QUALIFIERS = ["organic", "premium", "extra", "bulk", "cold-pressed", "handmade", "grade A", "export", "natural", "traditional", "industrial", "food-grade"];
const PACKS = ["1 L bottle", "5 L tin", "25 kg bag", "200 L drum", "carton of 12", "bulk", "pallet", "gift box"];
const CERTS = ["organic", "halal", "kosher", "iso-22000", "haccp", "brc", "ecocert", "fairtrade", "iso-9001", "fda"];
const COUNTRIES = ["FR", "DE", "NL", "US", "GB", "AE", "SA", "JP", "CN", "ES", "IT", "BE", "CA", "MA"];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 4294967296);
}

export interface SyntheticRow {
  seller: string; sku: string; title: string; description: string; category: string; attributes: string; moq: string; unit: string;
  price_min: string; price_max: string; currency: string; lead_time_days: string; certifications: string; origin_country: string;
  seller_country: string; ships_to: string;
}

export function* syntheticRows(n: number, seed = 42, productsPerSeller = 50): Generator<SyntheticRow> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  for (let i = 0; i < n; i++) {
    const sellerNo = Math.floor(i / productsPerSeller);
    const [name, category, unit] = pick(FAMILIES);
    const q = pick(QUALIFIERS);
    const pack = pick(PACKS);
    const min = Math.round((1 + r() * 50) * 100) / 100;
    const country = sellerNo % 2 ? "CA" : "MA";
    yield {
      seller: `Synthetic Exporter ${sellerNo}`, sku: `SYN-${i}`, title: `${q} ${name}, ${pack}`,
      description: `${q[0]!.toUpperCase()}${q.slice(1)} ${name} packed as ${pack}. Batch ${i % 97}, shelf life ${12 + (i % 24)} months.`,
      category, attributes: JSON.stringify({ packaging: pack, grade: q }), moq: String(1 + Math.floor(r() * 1000)), unit,
      price_min: String(min), price_max: String(Math.round(min * (1 + r()) * 100) / 100), currency: pick(["EUR", "USD", "CAD", "MAD"]),
      lead_time_days: String(7 + Math.floor(r() * 60)), certifications: [pick(CERTS), pick(CERTS)].join(";"), origin_country: country,
      seller_country: country, ships_to: r() < 0.2 ? "*" : [pick(COUNTRIES), pick(COUNTRIES), pick(COUNTRIES)].join(";"),
    };
  }
}
