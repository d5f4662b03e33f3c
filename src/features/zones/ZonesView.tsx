import { useTranslation } from 'react-i18next';
import type { Dataset, ZoneId } from '../../shared/data/schema';
import type { Lang } from '../../shared/format/formatValue';
import { navigate, useSearch } from '../../shared/lib/urlState';
import { ZoneMap } from './ZoneMap';
import { ZoneMapLegend } from './ZoneMapLegend';
import { ZoneList } from './ZoneList';
import { ZonePanel } from './ZonePanel';
import { parseZoneParam } from './zoneContent';

/** 「三区一城」 and the 「四个一号」: a schematic map, its list twin, and the chosen zone's figures. The choice lives in ?zone=. */
export function ZonesView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const search = useSearch();
  const param = parseZoneParam(new URLSearchParams(search).get('zone'), dataset.zones);
  const selected = param.kind === 'zone' ? param.id : null;
  // Pressing the chosen zone again clears it, as a pressed toggle button should.
  const select = (id: ZoneId) => navigate({ zone: id === selected ? null : id }, { replace: true });
  const clear = () => navigate({ zone: null }, { replace: true });

  return (
    <section className="section zones" aria-labelledby="zones-heading">
      <h2 id="zones-heading" className="view-title" tabIndex={-1}>
        {t('zones.heading')}
      </h2>
      <p className="section-intro">{t('zones.intro')}</p>
      <div role="status" className="zones-status">
        {param.kind === 'unknown' && <p className="zones-notice">{t('zones.unknownZone')}</p>}
      </div>
      <div className="zones-layout">
        <div className="zones-map-column">
          <ZoneMap zones={dataset.zones} selected={selected} onSelect={select} lang={lang} />
          <ZoneMapLegend />
          <ZoneList zones={dataset.zones} selected={selected} onSelect={select} lang={lang} />
        </div>
        <ZonePanel dataset={dataset} zoneId={selected} lang={lang} onClear={clear} />
      </div>
    </section>
  );
}
