import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { View } from '../shared/lib/appUrl';

/** A view's page title; the build writes the same into each prerendered page. */
export function documentTitle(t: TFunction, view: View, detail: string | null): string {
  if (view === 'overview') return t('app.documentTitle');
  if (view === 'zones' && detail) return t('app.zoneTitle', { zone: detail });
  return t('app.viewTitle', { view: detail && view === 'figure' ? detail : t(`nav.${view}`) });
}

/**
 * Each view, each selected zone and each figure's page gives the page its own title in the reader's
 * language, so history, bookmarks and tabs tell them apart. Presenter mode sets
 * its own (one per slide), so this stands back while presenting.
 */
export function useDocumentTitle(view: View, detail: string | null, presenting: boolean): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (presenting) return;
    document.title = documentTitle(t, view, detail);
  }, [t, view, detail, presenting]);
}
