import { useContext, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../data/schema';
import { termsIn } from '../data/glossaryMatch';
import type { Lang } from '../i18n/lang';
import { hrefFor } from '../lib/appUrl';
import { handleInternalLink, useAppUrl } from '../lib/urlState';
import { GlossaryContext } from './glossaryContext';

/**
 * A toggletip: a small button after an official term opens its plain-words explanation in
 * place (click, tap, Enter or Space; Escape closes it). Nothing depends on hovering.
 */
function TermHint({ term, lang }: { term: GlossaryTerm; lang: Lang }) {
  const { t } = useTranslation();
  const url = useAppUrl();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <span className="term-hint" data-term={term.id}>
      <button
        type="button"
        className="term-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('glossaryPage.seeAlso', { term: term.term[lang] })}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        ?
      </button>
      <span id={panelId} className="term-panel" role="note" hidden={!open}>
        <strong>{term.term[lang]}</strong>: {term.plain[lang]}{' '}
        <a href={`${hrefFor(url, lang, { view: 'glossary' })}#term-${term.id}`} onClick={handleInternalLink}>
          {t('glossaryPage.more')}
        </a>
      </span>
    </span>
  );
}

/** The official terms a label uses, each with its hint; nothing when it uses none. */
export function TermHints({ text, lang }: { text: string; lang: Lang }) {
  const glossary = useContext(GlossaryContext);
  const terms = useMemo(() => termsIn(glossary, text, lang), [glossary, text, lang]);
  if (terms.length === 0) return null;
  return (
    <span className="term-hints">
      {terms.map((term) => (
        <TermHint key={term.id} term={term} lang={lang} />
      ))}
    </span>
  );
}
