import { useContext, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../dataset/schema';
import { termsInName } from '../dataset/glossaryMatch';
import type { Lang } from '../i18n/lang';
import { hrefFor } from '../lib/appUrl';
import { handleInternalLink, useAppUrl } from '../lib/urlState';
import { GlossaryContext } from './glossaryContext';

/**
 * A toggletip: a small button after an official term opens its plain-words explanation in
 * place (click, tap, Enter or Space; Escape closes it). Nothing depends on hovering. The
 * explanation is rendered only while open, and named by the button's aria-controls only then. With
 * `label`, the label itself is the button (underlined), for slides where a ? would not fit.
 */
function TermHint({ term, lang, label }: { term: GlossaryTerm; lang: Lang; label?: string }) {
  const { t } = useTranslation();
  const url = useAppUrl();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <span className={label === undefined ? 'term-hint' : 'term-hint term-hint-label'} data-term={term.id}>
      <button
        type="button"
        className={label === undefined ? 'term-button' : 'term-label-button'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={label === undefined ? t('glossaryPage.seeAlso', { term: term.term[lang] }) : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {label ?? '?'}
      </button>
      {/* In the page only while open: a closed panel is of no use without JavaScript, and the figures
          page would carry 111 of them (10% of its HTML). */}
      {open && (
        <span id={panelId} className="term-panel" role="note">
          <strong>{term.term[lang]}</strong>: {term.plain[lang]}{' '}
          <a href={`${hrefFor(url, lang, { view: 'glossary' })}#term-${term.id}`} onClick={handleInternalLink}>
            {t('glossaryPage.more')}
          </a>
        </span>
      )}
    </span>
  );
}

/**
 * A name that opens the plain words of the most specific official term it uses; the name as
 * plain text when it uses none. For slides: it adds no width, so a row never wraps for it.
 */
export function TermName({ name, lang }: { name: string; lang: Lang }) {
  const glossary = useContext(GlossaryContext);
  const term = useMemo(
    () => [...termsInName(glossary, name, lang)].sort((a, b) => b.term[lang].length - a.term[lang].length)[0],
    [glossary, name, lang],
  );
  return term === undefined ? name : <TermHint term={term} lang={lang} label={name} />;
}

/** The official terms a label uses, each with its hint; nothing when it uses none. */
export function TermHints({ text, lang }: { text: string; lang: Lang }) {
  const glossary = useContext(GlossaryContext);
  const terms = useMemo(() => termsInName(glossary, text, lang), [glossary, text, lang]);
  if (terms.length === 0) return null;
  return (
    <span className="term-hints">
      {terms.map((term) => (
        <TermHint key={term.id} term={term} lang={lang} />
      ))}
    </span>
  );
}
