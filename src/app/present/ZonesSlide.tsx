import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, ZoneId } from '../../shared/data/schema';
import type { Lang } from '../../shared/format/formatValue';
import { ZoneMap } from '../../features/zones/ZoneMap';
import { zoneContent } from '../../features/zones/zoneContent';
import { SlideFigure } from './SlideFigure';
import { ZoneLocator } from './ZoneLocator';
import type { Slide } from './slides';

interface Props {
  slide: Slide;
  dataset: Dataset;
  lang: Lang;
  title: (text: string) => ReactNode;
  onSelectZone?: (id: ZoneId) => void;
}

const LANG_TAGS = { zh: 'zh-CN', en: 'en' } as const;

/** What a slide can hold about a zone without scrolling: its figures and its first statements. */
const MAX_STATEMENTS = 2;

function ZoneFacts({ dataset, zoneId, lang, compact }: { dataset: Dataset; zoneId: ZoneId; lang: Lang; compact: boolean }) {
  const content = zoneContent(dataset, zoneId);
  if (!content) return null;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const figures = content.figures.filter((f) => f.value.year === 2023).slice(0, compact ? 2 : 4);
  // A slide holds what fits: the figures first, then as many statements as room allows.
  const room = compact ? (figures.length > 0 ? 0 : 1) : figures.length >= 3 ? 0 : figures.length > 0 ? 1 : MAX_STATEMENTS;
  const statements = content.statements.slice(0, room);
  return (
    <div className="slide-zone" data-zone={zoneId}>
      <h3 className="slide-zone-name">
        <span lang={LANG_TAGS[lang]}>{content.zone.name[lang]}</span>
        {!compact && (
          <span className="slide-zone-other" lang={LANG_TAGS[other]}>
            {content.zone.name[other]}
          </span>
        )}
      </h3>
      {!compact && <p className="slide-zone-description">{content.zone.description[lang]}</p>}
      {figures.length > 0 && (
        <div className="slide-rows slide-rows-1">
          {figures.map(({ indicator, value }) => (
            <SlideFigure key={value.id} indicator={indicator} value={value} lang={lang} />
          ))}
        </div>
      )}
      {statements.length > 0 && (
        <ul className="slide-statements">
          {statements.map((statement) => (
            <li key={statement.id}>
              {statement.text[lang]} <span className="slide-year">({statement.year})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The map of all zones, one zone with its facts, or the four "No. 1" priorities. */
export function ZonesSlide({ slide, dataset, lang, title, onSelectZone }: Props) {
  const { t } = useTranslation();
  const select = onSelectZone ?? (() => undefined);
  if (slide.kind === 'priorities') {
    // Taihu New City is both a platform and a priority: it leads the four.
    const four = dataset.zones.filter((zone) => zone.layers.includes('priority'));
    return (
      <>
        {title(t('present.prioritiesTitle'))}
        <div className="slide-grid slide-grid-2 slide-priorities">
          {four.map((zone) => (
            <ZoneFacts key={zone.id} dataset={dataset} zoneId={zone.id} lang={lang} compact />
          ))}
        </div>
      </>
    );
  }
  if (slide.kind === 'zone' && slide.zone) {
    const zone = dataset.zones.find((z) => z.id === slide.zone);
    return (
      <>
        {title(zone ? zone.shortName[lang] : t('nav.zones'))}
        <div className="slide-split">
          <div className="slide-map">
            <ZoneLocator zones={dataset.zones} selected={slide.zone} lang={lang} />
          </div>
          <ZoneFacts dataset={dataset} zoneId={slide.zone} lang={lang} compact={false} />
        </div>
      </>
    );
  }
  return (
    <>
      {title(t('present.zonesTitle'))}
      <div className="slide-map slide-map-full">
        <ZoneMap zones={dataset.zones} selected={null} onSelect={select} lang={lang} />
      </div>
      <p className="slide-note">{t('present.zonesKey')}</p>
    </>
  );
}
