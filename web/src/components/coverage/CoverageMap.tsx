// Map of a région or a département: every commune (or arrondissement, or postcode part) as a
// circle sized by population, coloured by the CPTS covering it (a stable colour per CPTS),
// uncovered in grey; the legend names the CPTS drawn.

import L from 'leaflet';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatInteger } from '../../format';
import { getCoverageMap, type MapFeature } from '../../territory-api';
import { circleRadius, createPointMap, fitPoints, largestFirst } from '../territory/point-map';

const UNCOVERED = '#9ca3af'; // .legend-dot--uncovered

/** A stable colour per CPTS id (the hue from a hash of the id, spread by the golden angle). */
function cptsColour(id: string): string {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${Math.round((hash * 137.508) % 360)}, 70%, 40%)`;
}

type LegendEntry = NonNullable<MapFeature['properties']['cpts']>;

function tooltip(p: MapFeature['properties']): string {
  const name = `${p.name}${p.postcode ? ` (${p.postcode})` : ''} · ${p.code}`;
  const population = `${formatInteger(p.population)} hab.${p.population_estimated ? ' (estimée)' : ''}`;
  return `${name}<br>${population}<br>${p.cpts ? p.cpts.name : 'Zone blanche'}`;
}

export function CoverageMap({ level, code }: { level: 'region' | 'departement'; code: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [legend, setLegend] = useState<LegendEntry[]>([]);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const map = createPointMap(container);
    const controller = new AbortController();
    getCoverageMap(level, code, controller.signal)
      .then(({ features }) => {
        // A response may resolve after the clean-up removed the map (quick change of area).
        if (controller.signal.aborted) return;
        const bounds: L.LatLngExpression[] = [];
        const present = new Map<string, LegendEntry>();
        // Zones blanches first: the CPTS drawn over them stay visible.
        const ordered = [...largestFirst(features.filter((f) => !f.properties.cpts)), ...largestFirst(features.filter((f) => f.properties.cpts))];
        for (const f of ordered) {
          if (!f.geometry) continue;
          const [lon, lat] = f.geometry.coordinates;
          const p = f.properties;
          if (p.cpts) present.set(p.cpts.id, p.cpts);
          const colour = p.cpts ? cptsColour(p.cpts.id) : UNCOVERED;
          L.circleMarker([lat, lon], { radius: circleRadius(p.population), color: colour, weight: 1, fillOpacity: 0.45 })
            .bindTooltip(tooltip(p))
            .addTo(map);
          bounds.push([lat, lon]);
        }
        fitPoints(map, bounds);
        setLegend([...present.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr')));
      })
      .catch(() => {
        // The list of zones blanches below gives the same information.
      });
    return () => {
      controller.abort();
      map.remove();
    };
  }, [level, code]);
  return (
    <figure class="territory-map">
      <div ref={containerRef} class="commune-map" role="region" aria-label="Carte de la couverture" data-testid="coverage-map" />
      <figcaption class="muted">
        <ul class="map-legend">
          {legend.map((c) => (
            <li key={c.id}>
              <span class="legend-dot" style={{ color: cptsColour(c.id) }} aria-hidden="true">
                ●
              </span>{' '}
              {c.name}
            </li>
          ))}
          <li>
            <span class="legend-dot legend-dot--uncovered" aria-hidden="true">
              ●
            </span>{' '}
            zone blanche (aucune CPTS)
          </li>
        </ul>
        Surface des cercles proportionnelle à la population.
      </figcaption>
    </figure>
  );
}
