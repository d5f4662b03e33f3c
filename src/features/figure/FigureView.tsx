import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import { LANG_TAGS, otherLang, type Lang } from '../../shared/i18n/lang';
import { reportTextQuery } from '../../shared/dataset/queries';
import { KIND_KEYS, SECTION_KEYS } from '../../shared/dataset/labels';
import { formatReportDate } from '../../shared/format/formatDate';
import { hrefFor, serializeAppUrl, HOME } from '../../shared/lib/appUrl';
import { handleInternalLink, useAppUrl } from '../../shared/lib/urlState';
import { publicBase } from '../../shared/lib/publicBase';
import { copyText } from '../../shared/lib/clipboard';
import { ViewTitle } from '../../shared/components/ViewTitle';
import { HeadedSection } from '../../shared/components/HeadedSection';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { QrFigure } from '../../shared/components/QrCode';
import { OutcomeBadge } from '../../shared/components/OutcomeBadge';
import { OutcomeFigure } from '../../shared/components/OutcomeFigure';
import { decidingOutcome, primaryTargetOutcomes } from '../../shared/dataset/targetOutcomes';
import { asPrinted, citation, figurePage, inEnglish, passageOf } from './figurePage';
import { hasFigure, hasGrowth } from '../../shared/dataset/narrow';

/**
 * One figure on its own page, to send to someone: what it is in both languages, the value as
 * printed and in English, what its qualifier and notes mean, its sentence in the report, its
 * document; a citation and the link to copy, and a QR code of the link.
 */
export function FigureView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const url = useAppUrl();
  const page = useMemo(() => figurePage(dataset, url.fig), [dataset, url.fig]);
  // The report text loads beside the page: the figure shows at once, its paragraph when it comes.
  const report = useQuery(reportTextQuery);
  const [copied, setCopied] = useState<'citation' | 'link' | 'failed' | null>(null);
  // A target's page says what happened to it, with the outcome that decides.
  const target = useMemo(
    () => (page?.value.kind === 'target' ? primaryTargetOutcomes(dataset).find((row) => row.target.id === page.value.id) : undefined),
    [dataset, page],
  );
  const outcome = target?.outcome;
  const decided = target ? decidingOutcome(target) : undefined;

  if (!page) {
    return (
      <section className="section figure-page" aria-labelledby="figure-heading">
        <ViewTitle id="figure-heading">{t('nav.figure')}</ViewTitle>
        <p role="status" className="notice">
          {t('figurePage.notFound')}
        </p>
        <p>
          <a href={hrefFor(url, lang, { view: 'figures' })} onClick={handleInternalLink}>
            {t('figurePage.toLedger')}
          </a>
        </p>
      </section>
    );
  }

  const { indicator, value, terms } = page;
  const other = otherLang(lang);
  const address = new URL(
    serializeAppUrl({ ...HOME, view: 'figure', fig: value.id, lang: url.lang ?? (lang === 'en' ? 'en' : null) }),
    publicBase(),
  ).href;
  const cite = citation(dataset, page, lang, address);
  const passage = report.data ? passageOf(report.data, value.quote) : null;
  const copy = async (what: 'citation' | 'link') => setCopied((await copyText(what === 'citation' ? cite : address)) ? what : 'failed');

  return (
    <article className="section figure-page" aria-labelledby="figure-heading" data-value={value.id}>
      <p className="figure-page-kicker">{t('figurePage.kicker')}</p>
      <ViewTitle id="figure-heading">{indicator.name[lang]}</ViewTitle>
      <p className="figure-page-other" lang={LANG_TAGS[other]}>
        {indicator.name[other]}
      </p>

      <div className="figure-page-value">
        {hasFigure(value) && <FigureValue value={value} lang={lang} />}
        {hasGrowth(value) && <ChangeBadge value={value} polarity={indicator.polarity} lang={lang} assess={value.kind === 'actual'} />}
      </div>

      <dl className="figure-page-facts">
        <dt>{t('figurePage.asPrinted')}</dt>
        <dd lang="zh-CN">{asPrinted(value)}</dd>
        <dt>{t('figurePage.inEnglish')}</dt>
        <dd lang="en">{inEnglish(value)}</dd>
        <dt>{t('figurePage.period')}</dt>
        <dd>{t('figurePage.periodValue', { year: value.year, kind: t(KIND_KEYS[value.kind]) })}</dd>
        <dt>{t('figurePage.section')}</dt>
        <dd>{t(SECTION_KEYS[value.section])}</dd>
        {outcome?.decided && (
          <>
            <dt>{t('outcome.outcome2024')}</dt>
            <dd className="figure-page-outcome">
              {decided && <OutcomeFigure dataset={dataset} value={decided} polarity={indicator.polarity} lang={lang} />}
              <OutcomeBadge status={outcome.status} /> <span className="muted">{t(`outcome.statusHint.${outcome.status}`)}</span>
            </dd>
          </>
        )}
        <dt>{t('figurePage.document')}</dt>
        <dd>
          {t('figurePage.documentValue', {
            title: dataset.report.title[lang],
            body: dataset.report.body[lang],
            date: formatReportDate(dataset.report.date, lang),
          })}
        </dd>
      </dl>

      {terms.length > 0 && (
        <HeadedSection className="figure-page-terms" heading={t('figurePage.explained')}>
          <dl>
            {terms.map((term) => (
              <div key={term.id} data-term={term.id}>
                <dt>{term.term[lang]}</dt>
                <dd>{term.plain[lang]}</dd>
              </div>
            ))}
          </dl>
        </HeadedSection>
      )}

      <HeadedSection className="figure-page-passage" heading={t('figurePage.passageHeading')}>
        <p className="muted">{t('figurePage.passageIntro')}</p>
        <blockquote lang="zh-CN" className="source-quote">
          {passage ? (
            <>
              {passage.before}
              <mark>{passage.quote}</mark>
              {passage.after}
            </>
          ) : (
            <mark>{value.quote}</mark>
          )}
        </blockquote>
        <p className="figure-page-links">
          <a href={hrefFor(url, lang, { view: 'report', fig: value.id })} onClick={handleInternalLink}>
            {t('figurePage.openInReport')}
          </a>
          <a href={hrefFor(url, lang, { view: 'figures', fig: value.id })} onClick={handleInternalLink}>
            {t('figurePage.inLedger')}
          </a>
        </p>
      </HeadedSection>

      <HeadedSection className="figure-page-share" heading={t('figurePage.share')}>
        <div className="figure-page-share-body">
          <div>
            <p className="figure-page-buttons">
              <button type="button" className="button" onClick={() => void copy('citation')}>
                {t('figurePage.copyCitation')}
              </button>
              <button type="button" className="button button-quiet" onClick={() => void copy('link')}>
                {t('figurePage.copyLink')}
              </button>
            </p>
            <p role="status" className="figure-page-copied">
              {copied === 'failed' ? t('figurePage.copyFailed') : copied ? t('figurePage.copied') : ''}
            </p>
            <p className="figure-page-citation">
              <span className="visually-hidden">{t('figurePage.citationLabel')}: </span>
              {cite}
            </p>
          </div>
          <QrFigure
            className="figure-page-qr"
            text={address}
            label={t('figurePage.qrLabel', { url: address })}
            caption={t('figurePage.qrCaption')}
          />
        </div>
      </HeadedSection>
    </article>
  );
}
