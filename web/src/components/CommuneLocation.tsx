// Location card: the map, the coordinates and, when relevant, a note on their precision.

import type { CommuneDetail } from '../api';
import { formatCoordinates } from '../format';
import { coordinateMethodLabel } from '../labels';
import { CommuneMap } from './CommuneMap';

function zoomFor(commune: CommuneDetail): number {
  if (commune.arrondissements.length > 0) return 11; // PLM commune: show the whole city
  if (commune.kind === 'arrondissement') return 13;
  return 12;
}

export function CommuneLocation({ commune }: { commune: CommuneDetail }) {
  const coordinates = commune.coordinates;
  return (
    <section class="card card--map" aria-labelledby="location-title">
      <h2 id="location-title" class="card__title">
        Localisation
      </h2>
      {coordinates ? (
        <>
          <CommuneMap
            key={commune.code}
            lat={coordinates.lat}
            lon={coordinates.lon}
            name={commune.name}
            zoom={zoomFor(commune)}
          />
          <p class="coordinates" data-testid="commune-coordinates">
            {formatCoordinates(coordinates.lat, coordinates.lon)}
          </p>
          {coordinates.estimated && (
            <p class="notice" data-testid="coordinates-estimated">
              Position estimée (méthode : {coordinateMethodLabel(coordinates.method)}).
            </p>
          )}
        </>
      ) : (
        <p class="muted">Position non disponible pour cette commune.</p>
      )}
    </section>
  );
}
