import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, Statement, ZoneId } from '../../shared/dataset/schema';
import { LANG_TAGS, otherLang, type Lang } from '../../shared/i18n/lang';
import { FigureValue } from '../../shared/components/FigureValue';
import { ChangeBadge } from '../../shared/components/ChangeBadge';
import { SourceQuote } from '../../shared/components/SourceQuote';
import { FigureLink } from '../../shared/components/FigureLink';
import { TermHints } from '../../shared/components/TermHints';
import { layerName } from './layerNames';
import { zoneContent, type ZoneFigure, type ZoneYear } from './zoneContent';
import { hasFigure, hasGrowth } from '../../shared/dataset/narrow';

interface Props {
  dataset: Dataset;
  /** The zone to show; null shows how to choose one. */
  zoneId: ZoneId | null;
  lang: Lang;
  /** Offers a button that clears the selection, when given. */
  onClear?: () => void;
}

const YEAR_KEYS = { 2023: 'zones.year2023', 2024: 'zones.year2024' } as const;
const KIND_KEYS = { actual: 'zones.actual', target: 'zones.target' } as const;

function FigureItem({ figure, lang }: { figure: ZoneFigure; lang: Lang }) {
  const { t } = useTranslation();
  const { indicator, value } = figure;
  const name = indicator.name[lang];
  return (
    <li className="zone-figure" data-value={value.id}>
      <span className="zone-figure-name">
        <FigureLink id={value.id}>{name}</FigureLink>
        <TermHints text={name} lang={lang} />
      </span>
      {hasFigure(value) && (
        <span className="zone-figure-value">
          <FigureValue value={value} lang={lang} />
        </span>
      )}
      {hasGrowth(value) && <ChangeBadge value={value} polarity={indicator.polarity} lang={lang} assess={value.kind === 'actual'} />}
      <span className="zone-figure-meta">{t(KIND_KEYS[value.kind], { year: value.year })}</span>
      <SourceQuote quote={value.quote} valueId={value.id} name={`${name} ${value.year}`} />
    </li>
  );
}

function StatementItem({ statement, lang }: { statement: Statement; lang: Lang }) {
  return (
    <li className="zone-statement" data-statement={statement.id}>
      <p className="zone-statement-text">{statement.text[lang]}</p>
      <SourceQuote quote={statement.quote} valueId={statement.id} name={statement.text[lang]} />
    </li>
  );
}

function YearSection({ group, lang }: { group: ZoneYear; lang: Lang }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="zone-year" aria-labelledby={headingId} data-year={group.year}>
      <h4 id={headingId} className="zone-year-heading">
        {t(YEAR_KEYS[group.year])}
      </h4>
      {group.figures.length > 0 && (
        <ul className="zone-figures">
          {group.figures.map((figure) => (
            <FigureItem key={figure.value.id} figure={figure} lang={lang} />
          ))}
        </ul>
      )}
      {group.statements.length > 0 && (
        <ul className="zone-statements">
          {group.statements.map((statement) => (
            <StatementItem key={statement.id} statement={statement} lang={lang} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Everything the report says about one zone: its name in both languages, what
 * it is, and every figure and statement the dataset ties to it, by year.
 */
export function ZonePanel({ dataset, zoneId, lang, onClear }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const content = zoneId ? zoneContent(dataset, zoneId) : null;

  if (!content) {
    return (
      <section className="zone-panel zone-panel-empty" aria-labelledby={headingId}>
        <h3 id={headingId} className="zone-panel-title">
          {t('zones.panelEmptyHeading')}
        </h3>
        <p>{t('zones.panelEmpty')}</p>
      </section>
    );
  }

  const { zone, years } = content;
  const other = otherLang(lang);
  return (
    <section id="zone-panel" className="zone-panel" aria-labelledby={headingId} data-zone={zone.id} tabIndex={-1}>
      <h3 id={headingId} className="zone-panel-title">
        <span lang={LANG_TAGS[lang]}>{zone.name[lang]}</span>
        <span className="zone-panel-other-name" lang={LANG_TAGS[other]}>
          {zone.name[other]}
        </span>
      </h3>
      <div className="zone-panel-tools">
        <ul className="zone-layers">
          {zone.layers.map((layer) => (
            <li key={layer} className={`zone-layer zone-layer-${layer}`}>
              {layerName(layer, t)}
            </li>
          ))}
        </ul>
        {onClear && (
          <button type="button" className="button button-quiet zone-clear" onClick={onClear}>
            {t('zones.clear')}
          </button>
        )}
      </div>
      <p className="zone-description">{zone.description[lang]}</p>
      {years.length === 0 ? (
        <p className="muted">{t('zones.noContent')}</p>
      ) : (
        years.map((group) => <YearSection key={group.year} group={group} lang={lang} />)
      )}
    </section>
  );
}
