// Standard ranking metrics over graded relevance (dev set: 2 exact, 1 acceptable; holdout: 3–1;
// absent 0). Ids are `seller\0sku`, so a shortlist's per-seller cap can be applied to the ideal too.
const gain = (g: number) => 2 ** g - 1;
const dcg = (gs: number[]) => gs.reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);

export function ndcgAt(ranked: string[], grades: Map<string, number>, k = 10): number {
  const ideal = dcg([...grades.values()].sort((a, b) => b - a).slice(0, k));
  return ideal ? dcg(ranked.slice(0, k).map((id) => grades.get(id) ?? 0)) / ideal : 0;
}

/**
 * NDCG@k of a buyer's shortlist that shows at most `perSeller` products of one seller: the ideal
 * list obeys the same cap (best grades first, ≤ perSeller per seller), so a perfect shortlist
 * scores 1 even when one seller holds every exact product.
 */
export function shortlistNdcgAt(ranked: string[], grades: Map<string, number>, k = 5, perSeller = 2): number {
  const seller = (id: string) => id.split("\u0000")[0]!;
  const count = new Map<string, number>();
  const idealGrades: number[] = [];
  for (const [id, g] of [...grades.entries()].sort((a, b) => b[1] - a[1])) {
    const n = count.get(seller(id)) ?? 0;
    if (n >= perSeller || g <= 0) continue;
    count.set(seller(id), n + 1);
    idealGrades.push(g);
    if (idealGrades.length === k) break;
  }
  const ideal = dcg(idealGrades);
  return ideal ? dcg(ranked.slice(0, k).map((id) => grades.get(id) ?? 0)) / ideal : 0;
}

export function recallAt(ranked: string[], grades: Map<string, number>, k = 10): number {
  const relevant = [...grades.entries()].filter(([, g]) => g > 0).map(([id]) => id);
  if (!relevant.length) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export function mrrAt(ranked: string[], grades: Map<string, number>, k = 10): number {
  const i = ranked.slice(0, k).findIndex((id) => (grades.get(id) ?? 0) > 0);
  return i < 0 ? 0 : 1 / (i + 1);
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
