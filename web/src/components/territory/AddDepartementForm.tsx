// Adding every commune of a département, after confirmation (hundreds of communes at once).

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isAbortError } from '../../api';
import { formatInteger, pluralize } from '../../format';
import { listDepartements, type AreaSummary, type TerritorySelection } from '../../territory-api';
import { useConfirm } from '../ConfirmDialog';

export function AddDepartementForm({ onAdd }: { onAdd: (selection: TerritorySelection) => Promise<boolean> }) {
  const [items, setItems] = useState<AreaSummary[] | null>(null);
  const [code, setCode] = useState('');
  const { confirm, dialog } = useConfirm();

  useEffect(() => {
    const controller = new AbortController();
    listDepartements('', controller.signal)
      .then((answer) => setItems(answer.items))
      .catch((error) => !isAbortError(error) && setItems([]));
    return () => controller.abort();
  }, []);

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const departement = items?.find((d) => d.code === code);
    if (!departement) return;
    const count = departement.commune_count ?? 0;
    const ok = await confirm({
      title: 'Ajouter un département entier',
      message: `Ajouter au territoire ${count > 0 ? `les ${formatInteger(count)} ${pluralize(count, 'commune')}` : 'toutes les communes'} du département ${departement.name} (${departement.code}) ? Si l'une d'elles appartient déjà à une autre CPTS, rien n'est ajouté.`,
      confirmLabel: 'Ajouter le département',
    });
    if (ok && (await onAdd({ departement: code }))) setCode('');
  };

  return (
    <form class="territory-tool" onSubmit={submit} aria-label="Ajouter un département">
      {dialog}
      <div class="tool-row">
        <div class="field">
          <label class="field__label" for="add-departement">
            Ajouter un département entier
          </label>
          <select id="add-departement" class="field__input" value={code} onChange={(e) => setCode(e.currentTarget.value)}>
            <option value="">{items && items.length === 0 ? 'Liste indisponible' : 'Choisir un département…'}</option>
            {(items ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {d.code} · {d.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn btn--secondary" disabled={!code}>
          Ajouter
        </button>
      </div>
    </form>
  );
}
