// French formatting helpers (numbers, populations, coordinates, lists).

const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const coordinateFormat = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 4,
  maximumFractionDigits: 5,
});
const plural = new Intl.PluralRules('fr-FR');
const listFormat = new Intl.ListFormat('fr-FR', { style: 'long', type: 'conjunction' });

/** 58029 → "58 029" (with the narrow no-break space used by French typography). */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** French agreement: 0 and 1 take the singular ("0 habitant", "1 habitant", "2 habitants"). */
export function pluralize(count: number, singular: string, pluralForm = `${singular}s`): string {
  return plural.select(count) === 'one' ? singular : pluralForm;
}

/** 58029 → "58 029 habitants"; null → "population non disponible". */
export function formatPopulation(population: number | null | undefined): string {
  if (population === null || population === undefined) return 'population non disponible';
  return `${formatInteger(population)} ${pluralize(population, 'habitant')}`;
}

/** 43.30257, 5.37583 → "43,30257° N, 5,37583° E". */
export function formatCoordinates(lat: number, lon: number): string {
  const latText = `${coordinateFormat.format(Math.abs(lat))}° ${lat >= 0 ? 'N' : 'S'}`;
  const lonText = `${coordinateFormat.format(Math.abs(lon))}° ${lon >= 0 ? 'E' : 'O'}`;
  return `${latText}, ${lonText}`;
}

/** ["a", "b", "c"] → "a, b et c". */
export function formatList(items: string[]): string {
  return listFormat.format(items);
}
