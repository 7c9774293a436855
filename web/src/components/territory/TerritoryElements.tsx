// The elements of a territory: kind, département, population (estimated or not), and — for
// those who edit it — a button removing each one after confirmation.

import { formatDate } from '../../format';
import type { TerritoryElement, TerritorySelection } from '../../territory-api';
import { ELEMENT_KIND_LABELS } from '../../territory-labels';
import { useConfirm } from '../ConfirmDialog';
import { PopulationFigure } from '../cpts/PopulationFigure';

interface TerritoryElementsProps {
  elements: TerritoryElement[];
  /** Absent for those who only read the territory, or for a past date. */
  onRemove?: (selection: TerritorySelection) => Promise<boolean>;
}

function selectionOf(e: TerritoryElement): TerritorySelection {
  return e.postcode ? { parts: [{ code: e.code, postcode: e.postcode }] } : { communes: [e.code] };
}

export function TerritoryElements({ elements, onRemove }: TerritoryElementsProps) {
  const { confirm, dialog } = useConfirm();
  if (elements.length === 0) return <p class="empty">Le territoire est vide.</p>;
  const label = (e: TerritoryElement) => (e.postcode ? `${e.name} (${e.postcode})` : e.name);
  return (
    <div class="table-scroll">
      {dialog}
      <table class="data-table data-table--compact" data-testid="territory-elements">
        <thead>
          <tr>
            <th scope="col">Commune ou partie</th>
            <th scope="col">Code INSEE</th>
            <th scope="col">Nature</th>
            <th scope="col">Dépt</th>
            <th scope="col" class="num">Population</th>
            <th scope="col">Depuis le</th>
            {onRemove && <th scope="col"><span class="visually-hidden">Actions</span></th>}
          </tr>
        </thead>
        <tbody>
          {elements.map((e) => (
            <tr key={e.id}>
              <td class="strong">{label(e)}</td>
              <td class="identifier">{e.code}</td>
              <td>{ELEMENT_KIND_LABELS[e.kind]}</td>
              <td>{e.departement}</td>
              <td class="num">
                <PopulationFigure value={e.population} estimated={e.population_estimated} />
              </td>
              <td class="nowrap">{formatDate(e.added_at)}</td>
              {onRemove && (
                <td>
                  <button
                    type="button"
                    class="btn btn--small btn--danger-outline"
                    aria-label={`Retirer ${label(e)}`}
                    onClick={async () => {
                      const ok = await confirm({
                        title: 'Retirer du territoire',
                        message: `Retirer ${label(e)} du territoire ? Le retrait est daté et reste dans l'historique.`,
                        confirmLabel: 'Retirer',
                        danger: true,
                      });
                      if (ok) await onRemove(selectionOf(e));
                    }}
                  >
                    Retirer
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
