// Leaflet map centred on a commune, with a marker and a scale bar.
// The tile layer is optional (empty `tile_url` in /api/ui-config): marker, scale and
// attribution render without it, over a neutral background.

import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import markerIconUrl from 'leaflet/dist/images/marker-icon.png';
import markerIcon2xUrl from 'leaflet/dist/images/marker-icon-2x.png';
import markerShadowUrl from 'leaflet/dist/images/marker-shadow.png';
import { useEffect, useRef } from 'preact/hooks';
import { getUiConfig } from '../api';

const GEONAMES_ATTRIBUTION =
  'Coordonnées : <a href="https://www.geonames.org/" rel="noopener noreferrer">GeoNames</a> (CC BY 4.0)';

const LEAFLET_PREFIX = '<a href="https://leafletjs.com/" rel="noopener noreferrer">Leaflet</a>';

// Leaflet's default icon finds its images through a CSS URL, which a bundler rewrites;
// give it the bundled image URLs explicitly instead.
const markerIcon = L.icon({
  iconUrl: markerIconUrl,
  iconRetinaUrl: markerIcon2xUrl,
  shadowUrl: markerShadowUrl,
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  tooltipAnchor: [16, -28],
  shadowSize: [41, 41],
  className: 'commune-marker',
});

interface CommuneMapProps {
  lat: number;
  lon: number;
  /** Commune name, used for the marker's tooltip and the map's accessible label. */
  name: string;
  zoom?: number;
}

export function CommuneMap({ lat, lon, name, zoom = 12 }: CommuneMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;

    const map = L.map(container, {
      center: [lat, lon],
      zoom,
      scrollWheelZoom: false, // the map sits in a scrolling page
      attributionControl: false,
    });
    L.control.attribution({ prefix: LEAFLET_PREFIX }).addAttribution(GEONAMES_ATTRIBUTION).addTo(map);
    L.control.scale({ imperial: false, metric: true }).addTo(map);
    L.marker([lat, lon], { icon: markerIcon, title: name, alt: name, keyboard: false })
      .bindTooltip(name, { direction: 'top', offset: [0, -36] })
      .addTo(map);

    let disposed = false;
    void getUiConfig().then((config) => {
      if (disposed || !config.tile_url) return;
      L.tileLayer(config.tile_url, {
        attribution: config.tile_attribution,
        maxZoom: 19,
      }).addTo(map);
    });

    return () => {
      disposed = true;
      map.remove();
    };
  }, [lat, lon, name, zoom]);

  return (
    <div
      ref={containerRef}
      class="commune-map"
      role="region"
      aria-label={`Carte centrée sur ${name}`}
      data-testid="commune-map"
    />
  );
}
