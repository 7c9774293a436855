// French formatting helpers (numbers, populations, coordinates, dates, shares).

const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const coordinateFormat = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 4,
  maximumFractionDigits: 5,
});
const plural = new Intl.PluralRules('fr-FR');
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium' });
const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' });

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

/** "2025-11-23T09:39:12Z" → "23/11/2025 10:39:12" in the browser's time zone; bad input is returned as is. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** "2025-11-23T09:39:12Z" → "23 nov. 2025"; bad input is returned as is. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar day "2023-02-17" → "17 févr. 2023", whatever the browser's time zone; bad input as is. */
export function formatDay(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

/** French elision: "de Marc Petit", "d'Agnès Durand". */
export function ofName(name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüÿæœ]/i.test(name) ? `d'${name}` : `de ${name}`;
}

const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 0.4567 → "45,7 %". */
export function formatShare(share: number): string {
  return percentFormat.format(share);
}
