import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { View } from '../shared/lib/appUrl';

/**
 * Each view, each selected zone and each figure's page gives the page its own title in the reader's
 * language, so history, bookmarks and tabs tell them apart. Presenter mode sets
 * its own (one per slide), so this stands back while presenting.
 */
export function useDocumentTitle(view: View, detail: string | null, presenting: boolean): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (presenting) return;
    if (view === 'overview') document.title = t('app.documentTitle');
    else if (view === 'zones' && detail) document.title = t('app.zoneTitle', { zone: detail });
    else document.title = t('app.viewTitle', { view: detail && view === 'figure' ? detail : t(`nav.${view}`) });
  }, [t, view, detail, presenting]);
}
