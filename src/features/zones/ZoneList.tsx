import { useTranslation } from 'react-i18next';
import type { Zone, ZoneId } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { layerNames } from './layerNames';

interface Props {
  zones: readonly Zone[];
  selected: ZoneId | null;
  onSelect: (id: ZoneId) => void;
  lang: Lang;
}

/**
 * The zones as a plain list of buttons: the map's twin for screen readers and
 * for phones, where the map is small. Same selection, same URL.
 */
export function ZoneList({ zones, selected, onSelect, lang }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="zone-list" aria-label={t('zones.listLabel')}>
      {zones.map((zone) => {
        const isSelected = zone.id === selected;
        return (
          <li key={zone.id}>
            <button
              type="button"
              className="zone-list-button"
              data-zone={zone.id}
              aria-pressed={isSelected}
              onClick={() => onSelect(zone.id)}
            >
              <span className="zone-list-marks" aria-hidden="true">
                {zone.layers.includes('platform') && <span className="zone-swatch" />}
                {zone.layers.includes('priority') && <span className="zone-badge">1</span>}
              </span>
              <span className="zone-list-text">
                <span className="zone-list-name">{zone.name[lang]}</span>
                <span className="zone-list-layers">{layerNames(zone.layers, t, lang)}</span>
              </span>
              <span className="zone-list-check" aria-hidden="true">
                {isSelected ? '✓' : ''}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
