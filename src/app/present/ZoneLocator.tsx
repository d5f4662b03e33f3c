import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Zone, ZoneId } from '../../shared/data/schema';
import type { Lang } from '../../shared/format/formatValue';
import { hasGeometry, layoutMap, MARKER_RADIUS, PLACE_IDS, type PlaceId } from '../../features/zones/mapLayout';
import { MapGround } from '../../features/zones/MapGround';

/**
 * Where a zone lies, as a small schematic without any text: on a slide the
 * map's place names would shrink below what a projector can show, so the slide
 * says the names in its own large type and this only points.
 */
export function ZoneLocator({ zones, selected, lang }: { zones: readonly Zone[]; selected: ZoneId; lang: Lang }) {
  const { t } = useTranslation();
  const layout = useMemo(
    () =>
      layoutMap({
        lang,
        zones: Object.fromEntries(zones.filter((z) => hasGeometry(z.id)).map((z) => [z.id, z.shortName[lang]])),
        places: Object.fromEntries(PLACE_IDS.map((id) => [id, ''])) as Record<PlaceId, string>,
        note: '',
      }),
    [zones, lang],
  );
  const name = zones.find((z) => z.id === selected)?.shortName[lang] ?? '';
  return (
    <svg className="zone-locator" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={t('present.locator', { name })}>
      <MapGround layout={layout} />
      {[...layout.zones]
        .sort((a, b) => Number(a.id === selected) - Number(b.id === selected))
        .map((feature) => (
          <g key={feature.id} data-zone={feature.id} className={`locator-zone${feature.id === selected ? ' is-selected' : ''}`}>
            {feature.path && <path className="zone-shape" d={feature.path} />}
            {feature.marker && <circle className="locator-marker" cx={feature.marker.x} cy={feature.marker.y} r={MARKER_RADIUS} />}
          </g>
        ))}
    </svg>
  );
}
