import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { OUTCOME_STATUSES, SECTION_IDS } from '../../shared/dataset/codes';
import { SECTION_KEYS } from '../../shared/dataset/labels';
import { oneOf } from '../../shared/lib/appUrl';
import { setAppUrl, useAppUrl } from '../../shared/lib/urlState';
import { ViewTitle } from '../../shared/components/ViewTitle';
import { HeadedSection } from '../../shared/components/HeadedSection';
import { DataTable } from '../../shared/components/DataTable';
import { FilterSelect } from '../../shared/components/FilterSelect';
import { FigureLink } from '../../shared/components/FigureLink';
import { TermHints } from '../../shared/components/TermHints';
import { TargetValue } from '../../shared/components/TargetValue';
import { OutcomeBadge } from '../../shared/components/OutcomeBadge';
import { OutcomeFigure } from '../../shared/components/OutcomeFigure';
import { SourceQuote } from '../../shared/components/SourceQuote';
import { valuesFromAllDocuments } from '../../shared/dataset/selectors';
import { countByStatus, filterTargets, sortTargets, targetRows, type TargetRow } from './targetsModel';

/** The 2021–2025 charts: their own chunk (with recharts), so the targets table never waits for them. */
const YearsSection = lazy(() => import('./YearsSection').then((m) => ({ default: m.YearsSection })));

/** The years section's heading: the counts link to it. */
const YEARS_HEADING_ID = 'years';

/** The 2024 report's sections that hold targets, in its order. */
const PLAN_SECTIONS = SECTION_IDS.filter((section) => section.startsWith('plan-'));

function OutcomeCell({ row, dataset, lang }: { row: TargetRow; dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const { outcome, indicator } = row;
  if (outcome.assessments.length === 0) return <span className="muted">{t('outcome.none')}</span>;
  const values = valuesFromAllDocuments(indicator);
  const decidedBy = outcome.decided ? outcome.decidedBy : undefined;
  return (
    <ul className="outcome-list">
      {outcome.assessments.map((assessment) => {
        const value = values.find((v) => v.id === assessment.outcomeId);
        return value ? (
          <li key={assessment.outcomeId}>
            <OutcomeFigure
              dataset={dataset}
              value={value}
              polarity={indicator.polarity}
              lang={lang}
              decides={outcome.assessments.length > 1 && assessment.outcomeId === decidedBy}
            />
          </li>
        ) : null;
      })}
    </ul>
  );
}

/**
 * 「目标完成」: every target of the 2024 report with what happened to it, counted by status at
 * the top, filterable by status and section (both in the address), sortable, printable. Most
 * targets have no published outcome: that is said calmly, as the honest state of the record.
 */
export function TargetsView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const id = useId();
  const url = useAppUrl();
  const rows = useMemo(() => targetRows(dataset), [dataset]);
  const counts = useMemo(() => countByStatus(rows), [rows]);
  const section = url.ledger.section !== null && PLAN_SECTIONS.includes(url.ledger.section) ? url.ledger.section : null;
  const byStatus = url.ledger.sort === 'status';
  const shown = useMemo(() => sortTargets(filterTargets(rows, url.status, section), byStatus), [rows, url.status, section, byStatus]);
  const headers = [
    t('targetsView.colTarget'),
    t('targetsView.colTargetValue'),
    t('targetsView.colOutcome'),
    t('targetsView.colStatus'),
    t('targetsView.colSource'),
  ];
  const setStatus = (status: (typeof OUTCOME_STATUSES)[number] | null) => setAppUrl((u) => ({ ...u, status }), { replace: true });

  return (
    <>
      <section className="section targets-view" aria-labelledby="targets-view-heading">
        <ViewTitle id="targets-view-heading">{t('targetsView.heading')}</ViewTitle>
        <p className="section-intro">{t('targetsView.intro')}</p>

        <div className="outcome-counts" role="group" aria-label={t('targetsView.countsLabel')}>
          <button type="button" className="outcome-count" aria-pressed={url.status === null} onClick={() => setStatus(null)}>
            {t('targetsView.all', { count: rows.length })}
          </button>
          {OUTCOME_STATUSES.filter((status) => counts[status] > 0).map((status) => (
            <button
              key={status}
              type="button"
              className="outcome-count"
              aria-pressed={url.status === status}
              onClick={() => setStatus(url.status === status ? null : status)}
              data-status={status}
            >
              <OutcomeBadge status={status} /> <strong className="outcome-count-number">{counts[status]}</strong>
            </button>
          ))}
        </div>
        <p className="targets-calm">{t('targetsView.calm')}</p>
        <p className="targets-jump">
          <a href={`#${YEARS_HEADING_ID}`}>{t('years.jump')}</a>
        </p>

        <div className="targets-controls">
          <FilterSelect
            label={t('targetsView.section')}
            value={section}
            allLabel={t('targetsView.allSections')}
            options={PLAN_SECTIONS.map((s) => ({ value: s, label: t(SECTION_KEYS[s]) }))}
            onChange={(value) =>
              setAppUrl((u) => ({ ...u, ledger: { ...u.ledger, section: oneOf(PLAN_SECTIONS, value) } }), { replace: true })
            }
          />
          <div className="control">
            <span className="control-label" id={`${id}-sort`}>
              {t('figures.sortBy')}
            </span>
            <div className="segmented" role="group" aria-labelledby={`${id}-sort`}>
              <button
                type="button"
                className="button button-quiet"
                aria-pressed={!byStatus}
                onClick={() => setAppUrl((u) => ({ ...u, ledger: { ...u.ledger, sort: 'report' } }), { replace: true })}
              >
                {t('figures.sortReport')}
              </button>
              <button
                type="button"
                className="button button-quiet"
                aria-pressed={byStatus}
                onClick={() => setAppUrl((u) => ({ ...u, ledger: { ...u.ledger, sort: 'status' } }), { replace: true })}
              >
                {t('targetsView.colStatus')}
              </button>
            </div>
          </div>
          <p className="ledger-count" role="status">
            {t('targetsView.shown', { shown: shown.length, total: rows.length })}
          </p>
        </div>

        <DataTable caption={t('targetsView.caption')} headers={headers} className="targets-outcomes">
          {shown.map((row) => (
            <tr key={row.target.id} data-value={row.target.id} data-status={row.status} role="row">
              <th scope="row" role="rowheader">
                <FigureLink id={row.target.id}>{row.indicator.name[lang]}</FigureLink>
                <TermHints text={row.indicator.name[lang]} lang={lang} />
                <span className="targets-section">{t(SECTION_KEYS[row.section])}</span>
              </th>
              <td role="cell" data-label={headers[1]}>
                {'quote' in row.target && <TargetValue target={row.target} polarity={row.indicator.polarity} lang={lang} />}
              </td>
              <td role="cell" data-label={headers[2]}>
                <OutcomeCell row={row} dataset={dataset} lang={lang} />
              </td>
              <td role="cell" data-label={headers[3]}>
                <OutcomeBadge status={row.status} />
                <span className="outcome-hint">{t(`outcome.statusHint.${row.status}`)}</span>
              </td>
              <td role="cell" className="col-source" data-label={headers[4]}>
                {'quote' in row.target && <SourceQuote quote={row.target.quote} valueId={row.target.id} name={row.indicator.name[lang]} />}
              </td>
            </tr>
          ))}
        </DataTable>
        {shown.length === 0 && <p className="ledger-empty">{t('targetsView.noResults')}</p>}

        <HeadedSection className="targets-rules" heading={t('targetsView.rulesHeading')}>
          <ul>
            <li>{t('targetsView.rules1')}</li>
            <li>{t('targetsView.rules2')}</li>
            <li>{t('targetsView.rules3')}</li>
          </ul>
        </HeadedSection>
      </section>

      <section className="section years-section" aria-labelledby={YEARS_HEADING_ID}>
        <h2 id={YEARS_HEADING_ID} tabIndex={-1}>
          {t('years.heading')}
        </h2>
        <Suspense fallback={<p className="muted">{t('years.loading')}</p>}>
          <YearsSection dataset={dataset} lang={lang} headingId={YEARS_HEADING_ID} />
        </Suspense>
      </section>
    </>
  );
}
