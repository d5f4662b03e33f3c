import { useTranslation } from 'react-i18next';
import type { DerivedValue } from '../../shared/data/derived';
import { figureText, formatFigure, type Lang } from '../../shared/format/formatValue';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { derivationFormula } from './clusterBars';
import type { Bar, GrowthRow, SizeRow } from './clusterSeries';

function Derived({ derived, lang }: { derived: DerivedValue; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <span className="derived">
      ≈{figureText(formatFigure({ value: derived.value, unit: derived.unit }, lang))} <span className="derived-tag">{t('figure.derived')}</span>
      <span className="formula">= {derivationFormula(derived, lang)}</span>
    </span>
  );
}

function BarCell({ bar, lang, missing }: { bar: Bar | null; lang: Lang; missing: string }) {
  if (!bar) return <span className="muted">{missing}</span>;
  if (bar.kind === 'derived') return <Derived derived={bar.derived} lang={lang} />;
  return <FigureValue value={bar.printed} lang={lang} />;
}

export function SizeTable({ rows, lang, caption }: { rows: SizeRow[]; lang: Lang; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clusters.colCluster')}</th>
            <th scope="col">{t('clusters.year2022')}</th>
            <th scope="col">{t('clusters.year2023')}</th>
            <th scope="col">{t('clusters.growth2023')}</th>
            <th scope="col">{t('clusters.year2024')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.indicator.id} data-row={row.indicator.id}>
              <th scope="row">{row.indicator.name[lang]}</th>
              <td>
                <BarCell bar={row.implied2022} lang={lang} missing={t('clusters.cannotDerive')} />
              </td>
              <td>
                <BarCell bar={row.actual2023} lang={lang} missing={t('clusters.notGiven')} />
              </td>
              <td>
                {row.actual2023?.kind === 'actual' && row.actual2023.printed.growthPct !== undefined ? (
                  <ChangeBadge
                    value={{ ...row.actual2023.printed, growthPct: row.actual2023.printed.growthPct }}
                    polarity={row.indicator.polarity}
                    lang={lang}
                  />
                ) : (
                  <span className="muted">{t('clusters.notGiven')}</span>
                )}
              </td>
              <td>
                <BarCell bar={row.target2024} lang={lang} missing={t('clusters.notGiven')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GrowthTable({ rows, lang, caption }: { rows: GrowthRow[]; lang: Lang; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clusters.colCluster')}</th>
            <th scope="col">{t('clusters.growth2023')}</th>
            <th scope="col">{t('clusters.required2024')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.indicator.id} data-row={row.indicator.id}>
              <th scope="row">{row.indicator.name[lang]}</th>
              <td>
                {row.growth2023 ? (
                  <ChangeBadge value={row.growth2023} polarity={row.indicator.polarity} lang={lang} />
                ) : (
                  <span className="muted">{t('clusters.notGiven')}</span>
                )}
              </td>
              <td>
                {row.required2024 ? <Derived derived={row.required2024} lang={lang} /> : <span className="muted">{t('clusters.cannotDerive')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
