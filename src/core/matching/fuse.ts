// Reciprocal rank fusion: combines ranked lists whose scores are not comparable (BM25 vs cosine)
// by rank alone. k = 60 is the value from the original paper and works well without tuning.
export interface Ranked {
  id: string;
}

export function reciprocalRankFusion(lists: { items: Ranked[]; weight: number }[], k = 60): Map<string, number> {
  const scores = new Map<string, number>();
  for (const { items, weight } of lists)
    items.forEach((item, rank) => scores.set(item.id, (scores.get(item.id) ?? 0) + weight / (k + rank + 1)));
  return scores;
}
