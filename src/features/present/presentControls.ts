/** The auto-advance intervals both windows offer, in seconds. */
export const AUTO_INTERVALS = [10, 20, 30, 60] as const;

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
