// The directory's past imports (from the database), newest first.

import { formatDateTime, formatInteger } from '../../format';
import type { DirectoryImportRecord } from '../../directory-import-api';

const SOURCE_LABELS = { rpps: 'RPPS', finess: 'FINESS' } as const;

export function PastImportsTable({ items }: { items: DirectoryImportRecord[] }) {
  if (items.length === 0) return <p class="muted">Aucun import de l’annuaire pour l’instant.</p>;
  const n = formatInteger;
  return (
    <div class="table-scroll">
      <table class="data-table data-table--compact" data-testid="past-imports">
        <caption>Imports précédents</caption>
        <thead>
          <tr>
            <th scope="col">Terminé le</th>
            <th scope="col">Source</th>
            <th scope="col">Fichier</th>
            <th scope="col" class="num">
              Lignes
            </th>
            <th scope="col" class="num">
              Créés
            </th>
            <th scope="col" class="num">
              Mis à jour
            </th>
            <th scope="col" class="num">
              Inchangés
            </th>
            <th scope="col" class="num">
              Rejetés
            </th>
            <th scope="col">Par</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>{formatDateTime(i.finished_at)}</td>
              <td>{SOURCE_LABELS[i.source] ?? i.source}</td>
              <td>{i.filename}</td>
              <td class="num">{n(i.lines)}</td>
              <td class="num">{n(i.created)}</td>
              <td class="num">{n(i.updated)}</td>
              <td class="num">{n(i.unchanged)}</td>
              <td class="num">{n(i.rejected)}</td>
              <td>{i.imported_by}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
