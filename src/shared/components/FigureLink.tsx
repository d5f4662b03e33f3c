import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../lib/appUrl';
import { handleInternalLink, useAppUrl } from '../lib/urlState';
import { isLang } from '../i18n/resolveLanguage';

/** A figure's name as a link to its own page (`?fig=<id>`), the address to send someone. */
export function FigureLink({ id, children }: { id: string; children: ReactNode }) {
  const { i18n } = useTranslation();
  const url = useAppUrl();
  const lang = isLang(i18n.language) ? i18n.language : 'zh';
  return (
    <a className="figure-page-link" href={hrefFor(url, lang, { view: 'figure', fig: id })} onClick={handleInternalLink}>
      {children}
    </a>
  );
}
