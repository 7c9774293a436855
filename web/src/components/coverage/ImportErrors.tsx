// The bad rows of a refused bulk import, by line of the file.

import { formatInteger, pluralize } from '../../format';

/** A bad row, explained in French. */
export interface ExplainedRow {
  line: number;
  cpts: string;
  /** "13202" or "31555 31200"; empty when the row has no code. */
  element: string;
  reason: string;
}

export function ImportErrors({ total, rows }: { total: number; rows: ExplainedRow[] }) {
  const more = total - rows.length;
  return (
    <>
      <p>
        Rien n'a été importé : {formatInteger(total)} {pluralize(total, 'ligne refusée', 'lignes refusées')}.
      </p>
      <div class="table-scroll">
        <table class="data-table data-table--compact" data-testid="import-bad-rows">
          <thead>
            <tr>
              <th scope="col" class="num">
                Ligne
              </th>
              <th scope="col">CPTS</th>
              <th scope="col">Code (code postal)</th>
              <th scope="col">Motif</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td class="num">{r.line}</td>
                <td>{r.cpts || '—'}</td>
                <td class="identifier">{r.element || '—'}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <p>
          … et {formatInteger(more)} {pluralize(more, 'autre ligne refusée', 'autres lignes refusées')}.
        </p>
      )}
    </>
  );
}
