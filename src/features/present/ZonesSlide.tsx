import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, ZoneId } from '../../shared/dataset/schema';
import { LANG_TAGS, otherLang, type Lang } from '../../shared/i18n/lang';
import { ZoneMap } from '../zones/ZoneMap';
import { zoneContent } from '../zones/zoneContent';
import { SlideFigure } from './SlideFigure';
import { ZoneLocator } from './ZoneLocator';
import { zoneSlideContent } from './slideFigures';
import type { Slide } from './slides';

interface Props {
  slide: Slide;
  dataset: Dataset;
  lang: Lang;
  /** The slide's heading, as SlideBody sets it. */
  title: ReactNode;
  onSelectZone?: (id: ZoneId) => void;
}

/** The slide's title already gives the short name (Wuzhong ETDZ): the full name drops its bracketed abbreviation. */
const withoutAbbreviation = (name: string) => name.replace(/\s*\([A-Z]{2,}\)$/, '');

function ZoneFacts({ dataset, zoneId, lang, compact }: { dataset: Dataset; zoneId: ZoneId; lang: Lang; compact: boolean }) {
  const content = zoneContent(dataset, zoneId);
  const shown = zoneSlideContent(dataset, zoneId, compact);
  if (!content || !shown) return null;
  const other = otherLang(lang);
  const { figures, statements } = shown;
  return (
    <div className="slide-zone" data-zone={zoneId}>
      <h3 className="slide-zone-name">
        {/* Four to a slide, the short name; alone, the full name in both languages. */}
        <span lang={LANG_TAGS[lang]}>{compact ? content.zone.shortName[lang] : withoutAbbreviation(content.zone.name[lang])}</span>
        {!compact && (
          <span className="slide-zone-other" lang={LANG_TAGS[other]}>
            {content.zone.name[other]}
          </span>
        )}
      </h3>
      {figures.length > 0 && (
        <div className={`slide-zone-figures slide-zone-figures-${figures.length}`}>
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
        {title}
        <div className="slide-priorities">
          {four.map((zone) => (
            <ZoneFacts key={zone.id} dataset={dataset} zoneId={zone.id} lang={lang} compact />
          ))}
        </div>
      </>
    );
  }
  if (slide.kind === 'zone' && slide.zone) {
    const zone = dataset.zones.find((z) => z.id === slide.zone);
    const content = zoneContent(dataset, slide.zone);
    const sparse = content !== null && content.figures.length === 0 && content.statements.length <= 1;
    return (
      <>
        {title}
        <div className={`slide-split${sparse ? ' slide-split-sparse' : ''}`}>
          <div className="slide-zone-where">
            <div className="slide-map">
              <ZoneLocator zones={dataset.zones} selected={slide.zone} lang={lang} />
            </div>
            {zone && <p className="slide-zone-description">{zone.description[lang]}</p>}
          </div>
          <ZoneFacts dataset={dataset} zoneId={slide.zone} lang={lang} compact={false} />
        </div>
      </>
    );
  }
  return (
    <>
      {title}
      <div className="slide-map slide-map-full">
        <ZoneMap zones={dataset.zones} selected={null} onSelect={select} lang={lang} />
      </div>
      <p className="slide-note">{t('present.zonesKey')}</p>
    </>
  );
}
