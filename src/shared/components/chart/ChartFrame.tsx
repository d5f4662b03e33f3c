import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  description?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  footnote?: ReactNode;
  headingLevel?: 'h2' | 'h3';
}

/**
 * A chart with a real table behind it: a toggle button named 表格 / Table
 * shows the table in its place. Printing shows both.
 */
export function ChartFrame({ title, description, chart, table, footnote, headingLevel = 'h3' }: Props) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const Heading = headingLevel;
  return (
    <section className={`chart-frame ${showTable ? 'showing-table' : 'showing-chart'}`} aria-labelledby={headingId}>
      <div className="chart-head">
        <Heading id={headingId} className="chart-title">
          {title}
        </Heading>
        <button type="button" className="button button-quiet chart-toggle" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
          {t('chart.table')}
        </button>
      </div>
      {description && <div className="chart-description">{description}</div>}
      <div className="chart-body">{chart}</div>
      <div className="chart-table">{table}</div>
      {footnote && <div className="chart-footnote">{footnote}</div>}
    </section>
  );
}
