// Standard ranking metrics over graded relevance (2 exact, 1 acceptable, absent 0).
export function ndcgAt(ranked: string[], grades: Map<string, number>, k = 10): number {
  const dcg = ranked.slice(0, k).reduce((s, id, i) => s + ((2 ** (grades.get(id) ?? 0)) - 1) / Math.log2(i + 2), 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k).reduce((s, g, i) => s + ((2 ** g) - 1) / Math.log2(i + 2), 0);
  return ideal ? dcg / ideal : 0;
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
