export const VIEWS = ['overview', 'clusters', 'zones', 'figures', 'report'] as const;
export type View = (typeof VIEWS)[number];

/** Unknown, empty or hostile values fall back to the overview, without an error. */
export function parseView(value: string | null): View {
  return (VIEWS as readonly string[]).includes(value ?? '') ? (value as View) : 'overview';
}

/** A link to a view that keeps the language the reader chose in the URL, if any. */
export function viewHref(search: string, view: View, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  const lang = new URLSearchParams(search).get('lang');
  if (view !== 'overview') params.set('view', view);
  if (lang === 'zh' || lang === 'en') params.set('lang', lang);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : './';
}
