/**
 * A printed value may state a figure, a change, or both. These guards narrow a value to the part a
 * view shows, so that components take the value itself rather than a copy rebuilt around a check.
 */
export function hasFigure<T extends { value: number | null }>(value: T): value is T & { value: number } {
  return value.value !== null;
}

export function hasGrowth<T extends { growthPct?: number | undefined }>(value: T): value is T & { growthPct: number } {
  return value.growthPct !== undefined;
}
