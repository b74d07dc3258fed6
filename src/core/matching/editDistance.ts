// One-edit closeness for typo-tolerant word comparison ("cranberies" ~ "cranberry").

/**
 * True when a and b differ by at most one insertion, deletion, substitution or swap of two
 * neighbouring letters ("sweatshrits" ~ "sweatshirts": fast typing swaps letters more than it
 * drops them).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
