import { useTranslation } from 'react-i18next';
import type { Zone, ZoneId } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { GROUND, MARKER_RADIUS, ZONE_GEOMETRY } from '../zones/mapLayout';
import { MapGround } from '../zones/MapGround';
import { round1 } from '../zones/geometry';

/**
 * Where a zone lies, on the same ground as the zones map but without any
 * text: on a slide the map's place names would shrink below what a projector
 * can show, so the slide says the names in its own large type and this only
 * points.
 */
export function ZoneLocator({ zones, selected, lang }: { zones: readonly Zone[]; selected: ZoneId; lang: Lang }) {
  const { t } = useTranslation();
  const name = zones.find((z) => z.id === selected)?.shortName[lang] ?? '';
  const shown = zones.flatMap((zone) => {
    const geometry = ZONE_GEOMETRY[zone.id];
    return geometry ? [{ id: zone.id, ...geometry }] : [];
  });
  const target = shown.find((feature) => feature.id === selected);
  const ring = target && {
    x: target.box.x + target.box.width / 2,
    y: target.box.y + target.box.height / 2,
    r: Math.max(target.box.width, target.box.height) / 2 + 16,
  };
  return (
    <svg className="zone-locator" viewBox={`0 0 ${GROUND.width} ${GROUND.height}`} role="img" aria-label={t('present.locator', { name })}>
      <MapGround layout={GROUND} />
      {shown
        .sort((a, b) => Number(a.id === selected) - Number(b.id === selected))
        .map((feature) => (
          <g key={feature.id} data-zone={feature.id} className={`locator-zone${feature.id === selected ? ' is-selected' : ''}`}>
            {feature.path && <path className="zone-shape" d={feature.path} />}
            {feature.marker && <circle className="locator-marker" cx={feature.marker.x} cy={feature.marker.y} r={MARKER_RADIUS} />}
          </g>
        ))}
      {ring && <circle className="locator-ring" cx={round1(ring.x)} cy={round1(ring.y)} r={round1(ring.r)} />}
    </svg>
  );
}
