import type { MapGroundShapes } from './mapLayout';

/**
 * The ground under the zones: the neighbouring districts (muted), Wuzhong's
 * land, the water, and Wuzhong's administrative outline, which runs on
 * through Lake Tai. Decoration, hidden from screen readers.
 */
export function MapGround({ layout }: { layout: MapGroundShapes }) {
  return (
    <g aria-hidden="true" className="map-ground">
      <rect className="map-outside" width={layout.width} height={layout.height} />
      {layout.neighbours.map((d) => (
        <path key={d} className="map-neighbour" d={d} />
      ))}
      <path className="map-land" d={layout.district} />
      {layout.water.map((water) => (
        <path key={water.id} className={`map-water${water.id === 'taihu' ? '' : ' map-lake'}`} d={water.path} />
      ))}
      <path className="map-outline" d={layout.outline} />
    </g>
  );
}
