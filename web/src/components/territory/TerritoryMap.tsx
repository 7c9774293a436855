// Leaflet map of a territory: one circle per commune, arrondissement or postcode part, its area
// proportional to the population, coloured by whole commune vs part. The points come from the
// territory's GeoJSON export.

import L from 'leaflet';
import { useEffect, useRef } from 'preact/hooks';
import { getJson } from '../../api';
import { formatInteger } from '../../format';
import { territoryExportUrl, type MapFeature } from '../../territory-api';
import { ELEMENT_KIND_LABELS } from '../../territory-labels';
import { circleRadius, createPointMap, fitPoints, largestFirst } from './point-map';

// Same colours as .legend-dot--whole and .legend-dot--part (styles.css).
const COLOURS = { whole: '#1d4ed8', part: '#c2410c' };

interface TerritoryMapProps {
  cptsId: string;
  /** Changes whenever the territory does (the map reloads its points). */
  version: string;
  at: string | null;
}

export function TerritoryMap({ cptsId, version, at }: TerritoryMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const map = createPointMap(container);
    const controller = new AbortController();
    getJson<{ features: MapFeature[] }>(territoryExportUrl(cptsId, 'geojson', at), controller.signal)
      .then(({ features }) => {
        // A response may resolve after the clean-up removed the map (quick change of area).
        if (controller.signal.aborted) return;
        const bounds: L.LatLngExpression[] = [];
        for (const f of largestFirst(features)) {
          if (!f.geometry) continue;
          const [lon, lat] = f.geometry.coordinates;
          const p = f.properties;
          const part = p.kind === 'postcode_part';
          L.circleMarker([lat, lon], {
            radius: circleRadius(p.population),
            color: part ? COLOURS.part : COLOURS.whole,
            weight: 1,
            fillOpacity: 0.35,
          })
            .bindTooltip(
              `${p.name}${p.postcode ? ` (${p.postcode})` : ''} · ${p.code}<br>${ELEMENT_KIND_LABELS[p.kind]} · ${formatInteger(p.population)} hab.${p.population_estimated ? ' (estimée)' : ''}`,
            )
            .addTo(map);
          bounds.push([lat, lon]);
        }
        fitPoints(map, bounds);
      })
      .catch(() => {
        // The map is a complement: the table above lists the same elements.
      });
    return () => {
      controller.abort();
      map.remove();
    };
  }, [cptsId, version, at]);

  return (
    <figure class="territory-map">
      <div ref={containerRef} class="commune-map" role="region" aria-label="Carte du territoire" data-testid="territory-map" />
      <figcaption class="muted">
        <span class="legend-dot legend-dot--whole">●</span> commune ou arrondissement entier ·{' '}
        <span class="legend-dot legend-dot--part">●</span> partie (code postal) · surface des cercles proportionnelle à la
        population
      </figcaption>
    </figure>
  );
}
