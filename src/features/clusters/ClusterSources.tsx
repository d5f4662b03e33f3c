import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/lang';
import { SourceQuote } from '../../shared/components/SourceQuote';
import type { SizeRow } from './clusterSeries';

/** The source passages of a cluster's printed figures. */
export function ClusterSources({ row, lang }: { row: SizeRow; lang: Lang }) {
  const { t } = useTranslation();
  const printed = [row.actual2023, row.target2024].flatMap((bar) => (bar && bar.kind !== 'derived' ? [bar.printed] : []));
  return (
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
  );
}
