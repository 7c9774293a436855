// The CPTS as a table sortable by name, status (lifecycle order), taille, population and size of
// the territory; the column headers are buttons and carry aria-sort.

import { useState } from 'preact/hooks';
import { formatInteger } from '../../format';
import { cptsPath } from '../../router';
import type { CptsListItem, CptsStatus } from '../../territory-api';
import { STATUS_ORDER } from '../../territory-labels';
import { Link } from '../Link';
import { PopulationFigure } from './PopulationFigure';
import { StatusBadge } from './StatusBadge';

type SortKey = 'name' | 'status' | 'taille' | 'population' | 'elements';
interface Sort {
  key: SortKey;
  descending: boolean;
}

const STATUS_RANK: readonly CptsStatus[] = [...STATUS_ORDER, 'dissoute'];

function compare(a: CptsListItem, b: CptsListItem, key: SortKey): number {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' });
    case 'status':
      return STATUS_RANK.indexOf(a.status) - STATUS_RANK.indexOf(b.status);
    default:
      return a[key] - b[key];
  }
}

function SortHeader({ label, column, sort, onSort, numeric = false }: { label: string; column: SortKey; sort: Sort; onSort: (s: Sort) => void; numeric?: boolean }) {
  const active = sort.key === column;
  return (
    <th scope="col" class={numeric ? 'num' : undefined} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button
        type="button"
        class="sort-button"
        // Numbers first sort from the largest, names from A.
        onClick={() => onSort({ key: column, descending: active ? !sort.descending : numeric })}
      >
        {label}
        <span aria-hidden="true" class="sort-button__arrow">
          {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

export function CptsTable({ items }: { items: CptsListItem[] }) {
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false });
  const sorted = [...items].sort((a, b) => {
    const order = compare(a, b, sort.key) || compare(a, b, 'name');
    return sort.descending ? -order : order;
  });
  const header = (label: string, column: SortKey, numeric = false) => (
    <SortHeader label={label} column={column} sort={sort} onSort={setSort} numeric={numeric} />
  );
  return (
    <div class="table-scroll">
      <table class="data-table" data-testid="cpts-table">
        <thead>
          <tr>
            {header('CPTS', 'name')}
            {header('Statut', 'status')}
            {header('Taille', 'taille', true)}
            {header('Population', 'population', true)}
            {header('Éléments du territoire', 'elements', true)}
          </tr>
        </thead>
        <tbody>
          {sorted.map((c) => (
            <tr key={c.id}>
              <td class="strong">
                <Link href={cptsPath(c.id)}>{c.name}</Link>
                {c.short_name && <span class="cell-sub">{c.short_name}</span>}
              </td>
              <td>
                <StatusBadge status={c.status} />
              </td>
              <td class="num">{c.taille}</td>
              <td class="num">
                <PopulationFigure value={c.population} estimated={c.population_estimated} />
              </td>
              <td class="num">{formatInteger(c.elements)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
