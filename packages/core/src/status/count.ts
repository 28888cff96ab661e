import {
  DISPLAY_CATEGORIES,
  type DisplayCategory,
  OFFICIAL_CATEGORIES,
  type OfficialCategory,
} from "./types";

function countOver<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  // Every key present, zeros included, so tables and charts never meet a missing bucket.
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) {
    // A value from outside the enumeration (stale data) would otherwise vanish and break the totals.
    if (!Object.hasOwn(counts, value)) throw new RangeError(`Unknown category: ${value}`);
    counts[value] += 1;
  }
  return counts;
}

export function countByCategory(categories: readonly OfficialCategory[]): Record<OfficialCategory, number> {
  return countOver(OFFICIAL_CATEGORIES, categories);
}

export function countByDisplayCategory(
  categories: readonly DisplayCategory[],
): Record<DisplayCategory, number> {
  return countOver(DISPLAY_CATEGORIES, categories);
}
