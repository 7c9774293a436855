// The zones blanches of an area (uncovered communes, arrondissements or postcode parts, at the
// finest level in use), sortable, paged, downloadable.

import { useState } from 'preact/hooks';
import { formatInteger } from '../../format';
import { usePagedList } from '../../paged-list';
import { problemMessage } from '../../problem-message';
import { getCoverage, zonesBlanchesExportUrl, type CoverageQuery, type ZoneBlanche } from '../../territory-api';
import { PopulationFigure } from '../cpts/PopulationFigure';
import { FormAlert } from '../forms/FormAlert';
import { LoadMore } from '../LoadMore';

const PAGE_SIZE = 50;

interface ZonesBlanchesProps {
  area: CoverageQuery;
  /** The area's name, for the heading ("France" for the nation). */
  areaName: string;
  /** How many there are in all. */
  total: number | null;
}

export function ZonesBlanches({ area, areaName, total }: ZonesBlanchesProps) {
  const [sort, setSort] = useState<'population' | 'name' | 'code'>('population');
  const query = { ...area, sort };
  const list = usePagedList<ZoneBlanche>(JSON.stringify(query), async (cursor, signal) => {
    const coverage = await getCoverage({ ...query, limit: PAGE_SIZE, cursor }, signal);
    return coverage.zones_blanches;
  });
  return (
    <section class="panel" aria-labelledby="zones-title">
      <h2 id="zones-title" class="panel__title">
        Zones blanches — {areaName}
        {total !== null && <span class="muted"> ({formatInteger(total)})</span>}
      </h2>
      <p class="panel__lead">Communes, arrondissements et parties de communes qu'aucune CPTS ne couvre.</p>
      <div class="toolbar">
        <label class="toolbar__label" for="zones-sort">
          Trier par
        </label>
        <select id="zones-sort" class="field__input" value={sort} onChange={(e) => setSort(e.currentTarget.value as typeof sort)}>
          <option value="population">population (décroissante)</option>
          <option value="name">nom</option>
          <option value="code">code INSEE</option>
        </select>
        <p class="downloads">
          <a href={zonesBlanchesExportUrl(query, 'csv')} download>
            Télécharger les zones blanches (CSV)
          </a>
          <a href={zonesBlanchesExportUrl(query, 'geojson')} download>
            Télécharger les zones blanches (GeoJSON)
          </a>
        </p>
      </div>
      {list.status === 'loading' && <p class="loading loading--inline">Chargement…</p>}
      {list.problem && <FormAlert>{problemMessage(list.problem)}</FormAlert>}
      {list.status === 'ready' && list.items.length === 0 && <p class="empty">Aucune zone blanche : tout est couvert.</p>}
      {list.items.length > 0 && (
        <div class="table-scroll">
          <table class="data-table data-table--compact" data-testid="zones-blanches">
            <thead>
              <tr>
                <th scope="col">Commune ou partie</th>
                <th scope="col">Code INSEE</th>
                <th scope="col">Dépt</th>
                <th scope="col" class="num">Population</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((z) => (
                <tr key={`${z.code}-${z.postcode ?? ''}`}>
                  <td class="strong">{z.postcode ? `${z.name} (${z.postcode})` : z.name}</td>
                  <td class="identifier">{z.code}</td>
                  <td>{z.departement}</td>
                  <td class="num">
                    <PopulationFigure value={z.population} estimated={z.population_estimated} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore list={list} label="Zones suivantes" />
    </section>
  );
}
