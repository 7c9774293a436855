// The map point of communes and arrondissements by INSEE code, fetched once per code and page
// load (the directory's sites carry a commune code, not coordinates).

import { getCommune } from './api';

export interface CommunePoint {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

const cache = new Map<string, Promise<CommunePoint | null>>();

/** The commune's point, or null when the referential has none (or the request failed). */
export function communePoint(code: string): Promise<CommunePoint | null> {
  let point = cache.get(code);
  if (!point) {
    point = getCommune(code).then(
      (c) => (c.coordinates ? { code, name: c.name, lat: c.coordinates.lat, lon: c.coordinates.lon } : null),
      () => {
        cache.delete(code); // try again next time
        return null;
      },
    );
    cache.set(code, point);
  }
  return point;
}

/** The points of these codes (each fetched once), by code; codes without a point are left out. */
export async function communePoints(codes: Iterable<string>): Promise<Map<string, CommunePoint>> {
  const unique = [...new Set(codes)];
  const points = await Promise.all(unique.map(communePoint));
  return new Map(points.filter((p): p is CommunePoint => p !== null).map((p) => [p.code, p]));
}
