import type { MapLayout } from './mapLayout';

/** The land and water under the zones: Taihu, its islands and the lakes. Decoration, hidden from screen readers. */
export function MapGround({ layout }: { layout: Pick<MapLayout, 'width' | 'height' | 'taihu' | 'islands' | 'lakes'> }) {
  return (
    <g aria-hidden="true">
      <rect className="map-land" width={layout.width} height={layout.height} />
      <path className="map-water" d={layout.taihu} />
      {layout.islands.map((d) => (
        <path key={d} className="map-island" d={d} />
      ))}
      {layout.lakes.map((lake) => (
        <path key={lake.id} className="map-water map-lake" d={lake.path} />
      ))}
    </g>
  );
}
