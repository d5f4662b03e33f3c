import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { figureText, formatFigure } from '../../shared/format/formatValue';
import { SourceQuote } from '../../shared/components/SourceQuote';
import { CitedDocument } from '../../shared/components/CitedDocument';
import type { SizeRow } from './clusterSeries';

/** The source passages of a cluster's printed figures; with `history`, the citations of the earlier years' figures first (never quoted, never linked). */
export function ClusterSources({ row, lang, history = false }: { row: SizeRow; lang: Lang; history?: boolean }) {
  const { t } = useTranslation();
  const printed = [row.actual2023, row.target2024].flatMap((bar) => (bar && bar.kind !== 'derived' ? [bar.printed] : []));
  return (
    <>
      {history && row.earlier.length > 0 && (
        <ul className="cluster-cited" aria-label={t('years.clusters.citedSources')}>
          {row.earlier.map(({ cited, document }) => (
            <li key={cited.id} data-value={cited.id}>
              {t(cited.kind === 'target' ? 'years.clusters.yearEarlierTarget' : 'years.clusters.yearEarlierActual', { year: cited.year })}{' '}
              {figureText(formatFigure(cited, lang))}
              {cited.basis ? (lang === 'zh' ? `（${t(`years.basis.${cited.basis}`)}）` : ` (${t(`years.basis.${cited.basis}`)})`) : ''}
              {lang === 'zh' ? '：' : ': '}
              <CitedDocument document={document} value={cited} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      <div className="multiple-sources">
        {printed.map((value) => (
          <SourceQuote
            key={value.id}
            quote={value.quote}
            valueId={value.id}
            name={`${row.indicator.name[lang]} ${value.year}`}
            label={t('clusters.sourceYear', { year: value.year })}
          />
        ))}
      </div>
    </>
  );
}
