// What a bulk import did: totals, then CPTS by CPTS (created or not, elements added, already held).

import { formatInteger, pluralize } from '../../format';
import { cptsPath } from '../../router';
import type { ImportSummary } from '../../territory-api';
import { Link } from '../Link';

export function ImportSummaryTable({ summary }: { summary: ImportSummary }) {
  const n = formatInteger;
  return (
    <>
      <p>
        {summary.filename} : {n(summary.rows)} {pluralize(summary.rows, 'ligne importée', 'lignes importées')},{' '}
        {n(summary.added)} {pluralize(summary.added, 'élément ajouté', 'éléments ajoutés')}, {n(summary.cpts_created)}{' '}
        {pluralize(summary.cpts_created, 'CPTS créée', 'CPTS créées')}.
      </p>
      <div class="table-scroll">
        <table class="data-table data-table--compact" data-testid="import-cpts">
          <thead>
            <tr>
              <th scope="col">CPTS</th>
              <th scope="col" class="num">
                Ajoutés
              </th>
              <th scope="col" class="num">
                Déjà dans le territoire
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.cpts.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={cptsPath(c.id)}>{c.name}</Link>
                  {c.created && <span class="tag tag--muted">créée</span>}
                </td>
                <td class="num">{n(c.added)}</td>
                <td class="num">{n(c.already_held)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
