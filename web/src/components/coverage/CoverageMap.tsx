// Map of a région or a département: every commune (or arrondissement, or postcode part) as a
// circle sized by population, coloured by the CPTS covering it; uncovered in grey.

import L from 'leaflet';
import { useEffect, useRef } from 'preact/hooks';
import { formatInteger } from '../../format';
import { getCoverageMap } from '../../territory-api';
import { circleRadius, createPointMap, fitPoints } from '../territory/point-map';

const UNCOVERED = '#9ca3af'; // .legend-dot--uncovered

/** A stable colour per CPTS id (hue from the id). */
export function cptsColour(id: string): string {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360}, 70%, 40%)`;
}

export function CoverageMap({ level, code }: { level: 'region' | 'departement'; code: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const map = createPointMap(container);
    const controller = new AbortController();
    getCoverageMap(level, code, controller.signal)
      .then(({ features }) => {
        const bounds: L.LatLngExpression[] = [];
        for (const f of features) {
          if (!f.geometry) continue;
          const [lon, lat] = f.geometry.coordinates;
          const p = f.properties;
          const colour = p.cpts ? cptsColour(p.cpts.id) : UNCOVERED;
          L.circleMarker([lat, lon], { radius: circleRadius(p.population), color: colour, weight: 1, fillOpacity: 0.45 })
            .bindTooltip(
              `${p.name}${p.postcode ? ` (${p.postcode})` : ''} · ${formatInteger(p.population)} hab.<br>${p.cpts ? p.cpts.name : 'Zone blanche'}`,
            )
            .addTo(map);
          bounds.push([lat, lon]);
        }
        fitPoints(map, bounds);
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
        Une couleur par CPTS ; <span class="legend-dot legend-dot--uncovered">●</span> zone blanche (aucune CPTS).
      </figcaption>
    </figure>
  );
}
