/**
 * A short fingerprint of the dataset (FNV-1a over its validated JSON), so the
 * page can tell whether the dataset it fetched is the one its HTML was
 * prerendered from. Not a security measure; it needs no secure context.
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length.toString(16)}`;
}
