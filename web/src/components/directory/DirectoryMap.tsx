// Leaflet map of the directory's results: the practice sites at their commune's point (structures
// at their own position when the FINESS file gives one) — one circle per point, its area
// proportional to the number of sites there, its tooltip naming them — and the search area around
// the « près de » commune. Redrawn whenever the results change (a new search, more results).

import L from 'leaflet';
import { useEffect, useRef, useState } from 'preact/hooks';
import { communePoints } from '../../commune-points';
import type { Professional, Structure } from '../../directory-api';
import { codedLabel, professionalName } from '../../directory-labels';
import { formatInteger, pluralize } from '../../format';
import { createPointMap, fitPoints } from '../territory/point-map';

// Same colours as .legend-dot--site and .legend-dot--area (styles.css).
const COLOURS = { site: '#1d4ed8', area: '#c2410c' };
/** Radius in pixels for a number of sites, the area proportional: 1 → 5 px, 25 → 20 px, 100 → 40 px. */
function sitesRadius(sites: number): number {
  return Math.max(5, 4 * Math.sqrt(sites));
}

/** A site to draw: where, and its tooltip line (plain text). */
interface Mark {
  commune: string | null;
  position: [number, number] | null;
  line: string;
}

/** Names listed in a point's tooltip; the others are counted. */
const MAX_TOOLTIP_LINES = 8;

/** The tooltip of a point: its place, then the sites drawn there. */
function tooltipHtml(place: string, lines: string[]): string {
  const shown = lines.slice(0, MAX_TOOLTIP_LINES).map(escapeHtml);
  const more = lines.length - shown.length;
  if (more > 0) shown.push(`… et ${formatInteger(more)} ${pluralize(more, 'autre', 'autres')}`);
  const head = `<strong>${escapeHtml(place)}</strong> · ${formatInteger(lines.length)} ${pluralize(lines.length, 'lieu', 'lieux')}`;
  return [head, ...shown].join('<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function marksOf(items: (Professional | Structure)[]): Mark[] {
  const marks: Mark[] = [];
  for (const item of items) {
    if (item.kind === 'structure') {
      const position: [number, number] | null = item.position ? [item.position.latitude, item.position.longitude] : null;
      marks.push({ commune: item.commune?.code ?? null, position, line: [item.name, codedLabel(item.category)].filter(Boolean).join(' · ') });
      continue;
    }
    for (const site of item.sites) {
      marks.push({
        commune: site.commune?.code ?? null,
        position: null,
        line: [professionalName(item), codedLabel(item.profession)].filter(Boolean).join(' · '),
      });
    }
  }
  return marks;
}

interface DirectoryMapProps {
  items: (Professional | Structure)[];
  /** INSEE code of the « près de » commune, '' for none. */
  near: string;
  radiusKm: number;
}

export function DirectoryMap({ items, near, radiusKm }: DirectoryMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<{ map: L.Map; layer: L.LayerGroup } | null>(null);
  const [drawn, setDrawn] = useState<number | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const map = createPointMap(container);
    mapRef.current = { map, layer: L.layerGroup().addTo(map) };
    return () => {
      mapRef.current = null;
      map.remove();
    };
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const marks = marksOf(items);
    const codes = marks.filter((m) => !m.position && m.commune).map((m) => m.commune as string);
    void communePoints(near ? [...codes, near] : codes).then((points) => {
      // The map may be gone (page left) or the results replaced while the points loaded.
      const target = mapRef.current;
      if (controller.signal.aborted || !target) return;
      target.layer.clearLayers();
      const bounds: L.LatLngExpression[] = [];
      const centre = near ? points.get(near) : undefined;
      if (centre) {
        // The view shows the whole search area; the sites found lie inside it.
        const area = L.circle([centre.lat, centre.lon], { radius: radiusKm * 1000, color: COLOURS.area, weight: 1, dashArray: '4 4', fill: false, interactive: false });
        area.addTo(target.layer);
        bounds.push(area.getBounds().getNorthWest(), area.getBounds().getSouthEast());
      }
      // Sites at the same point are drawn as one circle.
      const groups = new Map<string, { latLng: [number, number]; place: string; lines: string[] }>();
      for (const mark of marks) {
        const commune = mark.commune ? points.get(mark.commune) : undefined;
        const latLng: [number, number] | undefined = mark.position ?? (commune ? [commune.lat, commune.lon] : undefined);
        if (!latLng) continue;
        const key = latLng.join(',');
        const group = groups.get(key) ?? { latLng, place: commune?.name ?? mark.line, lines: [] };
        group.lines.push(mark.line);
        groups.set(key, group);
      }
      let count = 0;
      for (const group of [...groups.values()].sort((a, b) => b.lines.length - a.lines.length)) {
        L.circleMarker(group.latLng, { radius: sitesRadius(group.lines.length), color: COLOURS.site, weight: 1, fillOpacity: 0.35 })
          .bindTooltip(tooltipHtml(group.place, group.lines))
          .addTo(target.layer);
        if (!centre) bounds.push(group.latLng);
        count += group.lines.length;
      }
      fitPoints(target.map, bounds, 14);
      setDrawn(count);
    });
    return () => controller.abort();
  }, [items, near, radiusKm]);

  return (
    <figure class="directory-map">
      <div
        ref={containerRef}
        class="commune-map"
        role="region"
        aria-label="Carte des résultats"
        data-testid="directory-map"
        data-drawn={drawn ?? undefined}
      />
      <figcaption class="muted">
        <span class="legend-dot legend-dot--site">●</span>{' '}
        {items.some((i) => i.kind === 'structure')
          ? 'structures à leur adresse géolocalisée (ou au centre de leur commune)'
          : "lieux d'exercice au centre de leur commune (surface proportionnelle à leur nombre)"}
        {near && (
          <>
            {' '}
            · <span class="legend-dot legend-dot--area">◌</span> zone de recherche ({formatInteger(radiusKm)} km)
          </>
        )}
        {drawn !== null && ` · ${formatInteger(drawn)} ${pluralize(drawn, 'lieu placé', 'lieux placés')}`}
      </figcaption>
    </figure>
  );
}
