// The Leaflet set-up shared by the territory and coverage maps: a map of France with a metric
// scale, the GeoNames attribution and the optional tile layer of /api/ui-config; circles sized by
// population; fitting the view to the points drawn.

import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { getUiConfig } from '../../api';

// Leaflet 1.9's canvas renderer can leave an animation frame pending: adding a path requests a
// frame, then a synchronous view change (fitBounds) redraws at once and forgets the request, so
// removing the map in that same frame cannot cancel it and the late frame draws on a deleted
// context ("Cannot read properties of undefined (reading 'clearRect')"). This renderer skips
// frames that arrive after its removal.
const RemovableCanvas = L.Canvas.extend({
  _redraw(this: L.Canvas & { _ctx?: CanvasRenderingContext2D; _redrawRequest: number | null }) {
    if (!this._ctx) {
      this._redrawRequest = null;
      return;
    }
    (L.Canvas.prototype as unknown as { _redraw: () => void })._redraw.call(this);
  },
}) as unknown as new () => L.Canvas;

export function createPointMap(container: HTMLElement): L.Map {
  const map = L.map(container, {
    scrollWheelZoom: false,
    attributionControl: false,
    renderer: new RemovableCanvas(),
    zoomSnap: 0.25, // fit areas closely
    center: [46.6, 2.5],
    zoom: 5,
  });
  L.control.scale({ imperial: false }).addTo(map);
  L.control.attribution({ prefix: false }).addAttribution('Coordonnées : GeoNames (CC BY 4.0)').addTo(map);
  // The map may be gone when the configuration arrives (the view changed): adding a layer to a
  // removed map makes Leaflet's canvas renderer throw.
  let removed = false;
  map.on('unload', () => {
    removed = true;
  });
  void getUiConfig().then((config) => {
    if (!removed && config.tile_url) L.tileLayer(config.tile_url, { attribution: config.tile_attribution, maxZoom: 19 }).addTo(map);
  });
  return map;
}

/** Radius in pixels for a population: area proportional, readable from 100 to 2 million. */
export function circleRadius(population: number): number {
  return Math.max(4, Math.sqrt(population) / 12);
}

/** Larger circles first, so that smaller ones stay on top and can be hovered. */
export function largestFirst<T extends { properties: { population: number } }>(features: T[]): T[] {
  return [...features].sort((a, b) => b.properties.population - a.properties.population);
}

/** Shows every point, without animation (a first view, not a move). */
export function fitPoints(map: L.Map, points: L.LatLngExpression[], maxZoom = 12): void {
  if (points.length > 0) map.fitBounds(L.latLngBounds(points), { padding: [20, 20], maxZoom, animate: false });
}
