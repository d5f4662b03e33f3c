import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import { LANG_TAGS, otherLang, type Lang } from '../../shared/i18n/lang';
import { ViewTitle } from '../../shared/components/ViewTitle';

/** Every official term the dashboard shows, in plain words, with its official definition and source where the exact meaning matters. */
export function GlossaryView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const other = otherLang(lang);
  return (
    <section className="section glossary-page" aria-labelledby="glossary-heading">
      <ViewTitle id="glossary-heading">{t('glossaryPage.heading')}</ViewTitle>
      <p className="section-intro">{t('glossaryPage.intro')}</p>
      <dl className="glossary-list">
        {dataset.glossary.map((term) => (
          <div key={term.id} id={`term-${term.id}`} className="glossary-term" data-term={term.id}>
            <dt>
              <span className="glossary-term-name">{term.term[lang]}</span>{' '}
              <span className="glossary-term-other" lang={LANG_TAGS[other]}>
                {term.term[other]}
              </span>
            </dt>
            <dd>
              <p>{term.plain[lang]}</p>
              {term.definition && (
                <p className="glossary-definition">
                  <strong>{t('glossaryPage.definition')}:</strong> {term.definition[lang]}
                </p>
              )}
              <p className="glossary-source muted">
                {t('glossaryPage.source')}: {term.source[lang]}
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
