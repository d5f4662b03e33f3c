import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, ZoneId } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { setAppUrl, useAppUrl } from '../../shared/lib/urlState';
import { ViewTitle } from '../../shared/components/ViewTitle';
import { ZoneMap } from './ZoneMap';
import { ZoneMapLegend } from './ZoneMapLegend';
import { ZoneList } from './ZoneList';
import { ZonePanel } from './ZonePanel';
import { parseZoneParam } from './zoneContent';

/** Two activations of one zone closer than this are one gesture (a double tap), not a toggle. */
const DOUBLE_ACTIVATION_MS = 600;
const REVEAL_DELAY_MS = 350;

/**
 * On a phone the panel stands below the map and the list, far out of sight: scroll it into
 * view and focus it. Where it is already in view (beside the map on a desk), leave focus be.
 */
function revealPanel(): void {
  const panel = document.getElementById('zone-panel');
  if (!panel) return;
  // Only when the details stand below what the reader sees (the stacked phone layout): beside the map, focus stays put.
  if (panel.getBoundingClientRect().top < window.innerHeight * 0.6) return;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  panel.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  panel.focus({ preventScroll: true });
}

/** 「三区一城」 and the 「四个一号」: a schematic map, its list twin, and the chosen zone's figures. The choice lives in ?zone=. */
export function ZonesView({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const param = parseZoneParam(useAppUrl().zone, dataset.zones);
  const selected = param.kind === 'zone' ? param.id : null;
  const lastChoice = useRef<{ id: ZoneId; at: number; press: number } | null>(null);
  // A zone chosen now, or arriving selected from a link, brings its details into view.
  const reveal = useRef(selected !== null);
  // Pressing the chosen zone again clears it, as a pressed toggle button should; but a second
  // activation in the same gesture (a double tap or double click) must not undo the first.
  // Keys are deliberate, one press one toggle; only pointer taps and clicks come in pairs.
  // When the pointer last went down (the event's own time: a busy page handles a tap late, but its
  // time stays true), and how many presses there have been: two presses in quick succession can
  // carry the same time, so a new press is told by the count, not by the time.
  const lastPointerDown = useRef({ at: -Infinity, press: 0 });
  const select = (id: ZoneId) => {
    const { at: down, press } = lastPointerDown.current;
    const last = lastChoice.current;
    // A second press of the pointer since the last choice, on the same zone, moments after the first.
    const sameGesture = last !== null && last.id === id && press > last.press && down - last.at < DOUBLE_ACTIVATION_MS;
    lastChoice.current = { id, at: down, press };
    if (id === selected && sameGesture) return;
    reveal.current = id !== selected;
    setAppUrl((url) => ({ ...url, zone: id === selected ? null : id }), { replace: true });
  };
  const clear = () => setAppUrl((url) => ({ ...url, zone: null }), { replace: true });

  useEffect(() => {
    if (!reveal.current || selected === null) return;
    reveal.current = false;
    // After the double-tap window: a second tap must land where the first did, not on a page that moved.
    const timer = window.setTimeout(revealPanel, REVEAL_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [selected]);

  return (
    <section
      className="section zones"
      aria-labelledby="zones-heading"
      onPointerDownCapture={(event) => (lastPointerDown.current = { at: event.timeStamp, press: lastPointerDown.current.press + 1 })}
    >
      <ViewTitle id="zones-heading">{t('zones.heading')}</ViewTitle>
      <p className="section-intro">{t('zones.intro')}</p>
      <div role="status" className="zones-status">
        {param.kind === 'unknown' && <p className="zones-notice">{t('zones.unknownZone')}</p>}
      </div>
      <div className="main-aside zones-layout">
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
