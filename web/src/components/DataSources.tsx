// Attribution of the open data the application displays. Always rendered (site footer).

export const DATA_SOURCES = [
  'Coordonnées : GeoNames (CC BY 4.0)',
  'Découpage administratif et populations légales : INSEE (COG), via Etalab',
  'Codes postaux : La Poste (base officielle des codes postaux)',
] as const;

export function DataSources() {
  return (
    <section class="data-sources" aria-labelledby="data-sources-title" data-testid="data-attribution">
      <h2 id="data-sources-title" class="data-sources__title">
        Sources des données
      </h2>
      <ul class="data-sources__list">
        {DATA_SOURCES.map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ul>
    </section>
  );
}
