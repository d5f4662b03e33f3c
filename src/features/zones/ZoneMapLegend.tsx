import { useTranslation } from 'react-i18next';

/**
 * What the map's marks mean, and how to move on it by keyboard. Kept apart
 * from ZoneMap so a slide can show the map alone.
 */
export function ZoneMapLegend() {
  const { t } = useTranslation();
  return (
    <div className="zone-map-caption">
      <ul className="zone-legend">
        <li>
          <svg className="legend-mark" viewBox="0 0 28 20" aria-hidden="true">
            <rect className="legend-platform" x="2" y="2" width="24" height="16" rx="3" />
          </svg>
          {t('zones.legendPlatform')}
        </li>
        <li>
          <svg className="legend-mark" viewBox="0 0 28 28" aria-hidden="true">
            <circle className="zone-marker-disc" cx="14" cy="14" r="12" />
            <text className="zone-marker-text" x="14" y="15" fontSize="16" textAnchor="middle" dominantBaseline="central">
              1
            </text>
          </svg>
          {t('zones.legendPriority')}
        </li>
        <li>
          <svg className="legend-mark" viewBox="0 0 28 28" aria-hidden="true">
            <g className="zone-check" transform="translate(14 14)">
              <circle r={11} />
              <path d="M-5.5 0.5 L-1.5 4.5 L5.5 -4" />
            </g>
          </svg>
          {t('zones.legendSelected')}
        </li>
      </ul>
      <p className="zone-map-hint">{t('zones.keyboardHint')}</p>
    </div>
  );
}
