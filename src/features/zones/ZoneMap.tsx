import { Fragment, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Zone, ZoneId } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/i18n/lang';
import { grow, round1, type Box } from './geometry';
import { LINE_HEIGHT, type PlacedLabel } from './labelPlacement';
import {
  CHECK_SLOT,
  FONT,
  MARKER_RADIUS,
  NEIGHBOUR_IDS,
  PLACE_IDS,
  SCALE_KM,
  TOWN_RADIUS,
  WATER_IDS,
  hasGeometry,
  layoutMap,
  MAP_LABELS_ID,
  seedLabelPlacements,
  mapButtonName,
  moveInOrder,
  type MapLayout,
  type PlaceId,
  type ZoneFeature,
} from './mapLayout';
import { layerNames } from './layerNames';
import { MapGround } from './MapGround';
import { digitOnePath } from './markerDigit';

interface Props {
  zones: readonly Zone[];
  selected: ZoneId | null;
  onSelect: (id: ZoneId) => void;
  lang: Lang;
}

const PLACE_KEYS = {
  taihu: 'zones.places.taihu',
  dushuLake: 'zones.places.dushuLake',
  chengLake: 'zones.places.chengLake',
  core: 'zones.places.core',
  mudu: 'zones.places.mudu',
  guangfu: 'zones.places.guangfu',
  dongshan: 'zones.places.dongshan',
  luzhi: 'zones.places.luzhi',
  shiLake: 'zones.places.shiLake',
  huqiu: 'zones.places.huqiu',
  gusu: 'zones.places.gusu',
  wujiang: 'zones.places.wujiang',
  kunshan: 'zones.places.kunshan',
} as const satisfies Record<PlaceId, string>;

const isWater = (id: string) => (WATER_IDS as readonly string[]).includes(id);
const isNeighbour = (id: string) => (NEIGHBOUR_IDS as readonly string[]).includes(id);

// A prerendered zones page carries the labels as the build placed them for its dataset and language
// (scripts/prerender-plugin.mjs): hydration reuses them instead of searching again. Anything else
// in that element, or none, and the map places its labels itself.
if (typeof document !== 'undefined') {
  const seed = document.getElementById(MAP_LABELS_ID)?.textContent;
  if (seed) {
    try {
      seedLabelPlacements(JSON.parse(seed));
    } catch {
      // Not JSON: nothing is seeded.
    }
  }
}

/** The map's words in the reader's language, for layoutMap. */
function useMapTexts(zones: readonly Zone[], lang: Lang) {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      lang,
      zones: Object.fromEntries(zones.filter((zone) => hasGeometry(zone.id)).map((zone) => [zone.id, zone.shortName[lang]])),
      places: Object.fromEntries(PLACE_IDS.map((id) => [id, t(PLACE_KEYS[id])])) as Record<PlaceId, string>,
      note: t('zones.schematic'),
      scale: t('zones.scale', { km: SCALE_KM }),
      north: t('zones.north'),
    }),
    [zones, lang, t],
  );
}

/** North arrow and scale bar: drawn as paths, so they print and scale with the map. */
function MapFurniture({ layout }: { layout: MapLayout }) {
  const { north, scale } = layout.furniture;
  const cx = north.x + north.width / 2;
  const tip = north.y;
  const base = north.y + north.height - 26;
  const half = SCALE_KM / 2;
  const y = scale.at.y;
  return (
    <g className="map-furniture" aria-hidden="true">
      <path
        className="map-north"
        d={`M${round1(cx)} ${round1(tip)} L${round1(cx + 8)} ${round1(base)} L${round1(cx)} ${round1(base - 6)} L${round1(cx - 8)} ${round1(base)} Z`}
      />
      {layout.northLabel && <LabelText label={layout.northLabel} className="map-label furniture-label" />}
      <rect className="map-scale-bar" x={round1(scale.at.x)} y={round1(y - 4)} width={round1(scale.length / 2)} height={4} />
      <rect
        className="map-scale-bar is-open"
        x={round1(scale.at.x + scale.length / 2)}
        y={round1(y - 4)}
        width={round1(scale.length / 2)}
        height={4}
      />
      <path
        className="map-scale-ticks"
        d={`M${round1(scale.at.x)} ${round1(y - 8)} V${round1(y)} M${round1(scale.at.x + scale.length)} ${round1(y - 8)} V${round1(y)}`}
        data-km={half * 2}
      />
      {layout.scaleLabel && <LabelText label={layout.scaleLabel} className="map-label furniture-label" />}
    </g>
  );
}

/**
 * Multi-line SVG text centred in its box; the halo comes from CSS (paint-order). The lines are
 * kept apart by a space, so the text reads "Hi-tech Zone", as the zone's name has it, not
 * "Hi-techZone". The space stands in a piece of its own, centred on the line before it: at the
 * end of a line it would widen that line and move it off centre by half a space.
 */
function LabelText({ label, className }: { label: PlacedLabel; className: string }) {
  const lineHeight = label.fontSize * LINE_HEIGHT;
  const cx = label.box.x + label.reserve + (label.box.width - label.reserve) / 2;
  const lineY = (i: number) => round1(label.box.y + lineHeight * (i + 0.5));
  return (
    <text className={className} fontSize={label.fontSize} textAnchor="middle" dominantBaseline="central">
      {label.lines.map((line, i) => (
        <Fragment key={line}>
          {i > 0 && (
            <tspan x={round1(cx)} y={lineY(i - 1)}>
              {' '}
            </tspan>
          )}
          <tspan x={round1(cx)} y={lineY(i)}>
            {line}
          </tspan>
        </Fragment>
      ))}
    </text>
  );
}

function Leader({ label }: { label: PlacedLabel }) {
  if (!label.leader) return null;
  const [from, to] = label.leader;
  return <line className="map-leader" x1={round1(from.x)} y1={round1(from.y)} x2={round1(to.x)} y2={round1(to.y)} />;
}

function rectProps(box: Box) {
  return { x: round1(box.x), y: round1(box.y), width: round1(box.width), height: round1(box.height) };
}

/** A tick drawn as a path, so it scales with the map and needs no font. */
function CheckBadge({ x, y }: { x: number; y: number }) {
  return (
    <g className="zone-check" transform={`translate(${round1(x)} ${round1(y)}) scale(0.85)`} aria-hidden="true">
      <circle r={10} />
      <path d="M-5.5 0.5 L-1.5 4.5 L5.5 -4" />
    </g>
  );
}

/** The marker's "1", at the size and place its text had (see markerDigit.ts). */
const MARKER_DIGIT = digitOnePath(FONT.marker, 1);

function PriorityMarker({ at, selected }: { at: { x: number; y: number }; selected: boolean }) {
  return (
    <g className="zone-marker" transform={`translate(${round1(at.x)} ${round1(at.y)})`} aria-hidden="true">
      {selected && <circle className="zone-marker-ring" r={MARKER_RADIUS + 5} />}
      <circle className="zone-marker-disc" r={MARKER_RADIUS} />
      <path className="zone-marker-digit" d={MARKER_DIGIT} />
    </g>
  );
}

function ZoneButton({
  feature,
  zone,
  selected,
  tabbable,
  hatchId,
  accessibleName,
  onSelect,
  onKeyDown,
  onFocus,
  register,
}: {
  feature: ZoneFeature;
  zone: Zone;
  selected: boolean;
  tabbable: boolean;
  hatchId: string;
  accessibleName: string;
  onSelect: (id: ZoneId) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>, id: ZoneId) => void;
  onFocus: (id: ZoneId) => void;
  register: (id: ZoneId, element: SVGGElement | null) => void;
}) {
  const { label } = feature;
  const pill = grow(label.box, 4);
  const ring = grow(
    {
      x: Math.min(label.box.x, feature.box.x),
      y: Math.min(label.box.y, feature.box.y),
      width: Math.max(label.box.x + label.box.width, feature.box.x + feature.box.width) - Math.min(label.box.x, feature.box.x),
      height: Math.max(label.box.y + label.box.height, feature.box.y + feature.box.height) - Math.min(label.box.y, feature.box.y),
    },
    7,
  );
  return (
    <g
      ref={(element) => register(zone.id, element)}
      className={`zone-button${selected ? ' is-selected' : ''}`}
      data-zone={zone.id}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-pressed={selected}
      aria-label={accessibleName}
      onClick={() => onSelect(zone.id)}
      onKeyDown={(event) => onKeyDown(event, zone.id)}
      onFocus={() => onFocus(zone.id)}
    >
      <rect className="zone-focus-ring" {...rectProps(ring)} rx={10} pointerEvents="none" />
      {feature.path && (
        <>
          <path className="zone-shape" d={feature.path} />
          {selected && <path className="zone-hatch" d={feature.path} fill={`url(#${hatchId})`} />}
        </>
      )}
      {feature.marker && <PriorityMarker at={feature.marker} selected={selected} />}
      <Leader label={label} />
      {selected && <rect className="zone-label-pill" {...rectProps(pill)} rx={6} />}
      <LabelText label={label} className="map-label zone-label" />
      {selected && <CheckBadge x={label.box.x + CHECK_SLOT / 2} y={label.box.y + (label.fontSize * LINE_HEIGHT) / 2} />}
    </g>
  );
}

/**
 * The schematic map of the platforms and priorities. Each zone is one button
 * (a roving tab stop: Tab enters the map once, arrow keys move in the list's order,
 * Enter or Space selects). Selection shows as a dark label with a tick, a
 * thick outline and hatching, not by colour alone, and as aria-pressed.
 */
export function ZoneMap({ zones, selected, onSelect, lang }: Props) {
  const { t } = useTranslation();
  const mapped = useMemo(() => zones.filter((zone) => hasGeometry(zone.id)), [zones]);
  const texts = useMapTexts(zones, lang);
  const layout = useMemo(() => layoutMap(texts), [texts]);
  // Tab and the arrow keys follow the list's order, so the map and its twin agree.
  const order = useMemo(() => mapped.map((zone) => zone.id).filter((id) => layout.zones.some((z) => z.id === id)), [mapped, layout]);
  const [active, setActive] = useState<ZoneId | null>(null);
  const tabStop = active && order.includes(active) ? active : selected && order.includes(selected) ? selected : (order[0] ?? null);
  const elements = useRef(new Map<ZoneId, SVGGElement>());
  const hatchId = `zone-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hintId = useId();
  const zoneById = new Map(mapped.map((zone) => [zone.id, zone]));

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, id: ZoneId) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      // A held key would toggle the zone on and off as it repeats.
      if (!event.repeat) onSelect(id);
      return;
    }
    const next = moveInOrder(order, id, event.key);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    elements.current.get(next)?.focus();
  };
  // Leaving the map hands the tab stop back to the selected zone.
  const onBlur = (event: FocusEvent<SVGSVGElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setActive(null);
  };
  const register = (id: ZoneId, element: SVGGElement | null) => {
    if (element) elements.current.set(id, element);
    else elements.current.delete(id);
  };

  // Drawn back to front: land and water, the zones (platform shapes before lone markers), then towns and names, which let clicks through.
  const drawOrder = [...layout.zones].sort((a, b) => Number(a.path === null) - Number(b.path === null));
  return (
    <div className="zone-map">
      <svg
        className="zone-map-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={t('zones.mapLabel')}
        aria-describedby={hintId}
        onBlur={onBlur}
      >
        <desc id={hintId}>{t('zones.keyboardHint')}</desc>
        <defs>
          <pattern id={hatchId} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect className="zone-hatch-line" width="2.5" height="7" />
          </pattern>
        </defs>
        <MapGround layout={layout} />
        {drawOrder.map((feature) => {
          const zone = zoneById.get(feature.id);
          if (!zone) return null;
          return (
            <ZoneButton
              key={feature.id}
              feature={feature}
              zone={zone}
              selected={selected === feature.id}
              tabbable={tabStop === feature.id}
              hatchId={hatchId}
              accessibleName={t('zones.zoneButton', {
                name: mapButtonName(zone.shortName[lang]),
                layers: layerNames(zone.layers, t, lang),
              })}
              onSelect={onSelect}
              onKeyDown={onKeyDown}
              onFocus={setActive}
              register={register}
            />
          );
        })}
        <g aria-hidden="true" className="map-overlay">
          {layout.towns.map((town) =>
            town.kind === 'seat' ? (
              <g key={town.id} className="map-seat">
                <circle cx={round1(town.at.x)} cy={round1(town.at.y)} r={TOWN_RADIUS + 3} />
                <circle cx={round1(town.at.x)} cy={round1(town.at.y)} r={TOWN_RADIUS - 1} />
              </g>
            ) : (
              <circle key={town.id} className="map-town" cx={round1(town.at.x)} cy={round1(town.at.y)} r={TOWN_RADIUS} />
            ),
          )}
          {layout.places.map((label) => (
            <g key={label.id} data-place={label.id}>
              <Leader label={label} />
              <LabelText
                label={label}
                className={`map-label place-label${isWater(label.id) ? ' water-label' : ''}${isNeighbour(label.id) ? ' neighbour-label' : ''}`}
              />
            </g>
          ))}
          <MapFurniture layout={layout} />
          {layout.note && (
            <g className="map-note">
              <rect {...rectProps(grow(layout.note.box, 3))} rx={4} />
              <LabelText label={layout.note} className="map-label note-label" />
            </g>
          )}
        </g>
      </svg>
    </div>
  );
}
