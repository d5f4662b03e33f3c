const KEY = 'wuzhong-dashboard.datasetVersion';

function read(): string | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The dataset version this browser showed on its previous visit, read once as the page starts. */
const seenBefore = read();

export function previousVersion(): string | null {
  return seenBefore;
}

/** Remembers the version on screen now, for the next visit. */
export function recordVersion(version: string): void {
  try {
    window.localStorage.setItem(KEY, version);
  } catch {
    // Not remembered: the next visit simply shows no notice.
  }
}
