import { useTranslation } from 'react-i18next';
import { LOCATOR } from './mapLayout';
import { digitOnePath } from './markerDigit';
import { round1 } from './geometry';

/** The legend's marker "1", as the map draws it (a path), at the legend's size. */
const LEGEND_DIGIT = digitOnePath(16, 1);

/** Where Wuzhong lies in Suzhou: every district of the city, Wuzhong dark, the main map's frame drawn on it. */
function SuzhouLocator() {
  const { t } = useTranslation();
  const { frame } = LOCATOR;
  return (
    <svg
      className="zone-locator-inset"
      viewBox={`0 0 ${round1(LOCATOR.width)} ${LOCATOR.height}`}
      role="img"
      aria-label={t('zones.locatorLabel')}
    >
      {LOCATOR.districts.map((district) => (
        <path key={district.code} className={district.home ? 'inset-home' : 'inset-district'} d={district.path} />
      ))}
      <rect className="inset-frame" x={round1(frame.x)} y={round1(frame.y)} width={round1(frame.width)} height={round1(frame.height)} />
    </svg>
  );
}

/**
 * What the map's marks mean, what is drawn by hand, where the borders come
 * from, and how to move on the map by keyboard. Kept apart from ZoneMap so a
 * slide can show the map alone.
 */
export function ZoneMapLegend() {
  const { t } = useTranslation();
  return (
    <div className="zone-map-caption">
      <div className="zone-legend-row">
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
              <path className="zone-marker-digit" transform="translate(14 14)" d={LEGEND_DIGIT} />
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
          <li>
            <svg className="legend-mark" viewBox="0 0 28 28" aria-hidden="true">
              <g className="map-seat">
                <circle cx="14" cy="14" r="7.5" />
                <circle cx="14" cy="14" r="3.5" />
              </g>
            </svg>
            {t('zones.legendSeat')}
          </li>
          <li>
            <svg className="legend-mark" viewBox="0 0 28 20" aria-hidden="true">
              <path className="map-outline" d="M1 10 H27" />
            </svg>
            {t('zones.legendBorder')}
          </li>
        </ul>
        <SuzhouLocator />
      </div>
      <p className="zone-map-note">{t('zones.legendAbbreviations')}</p>
      <p className="zone-map-note">{t('zones.legendGround')}</p>
      <p className="zone-map-note">{t('zones.legendSource')}</p>
      <p className="zone-map-hint">{t('zones.keyboardHint')}</p>
    </div>
  );
}
