// A table of figures: one row per period, group or person, a heading cell then right-aligned
// values (already formatted), and an optional total row. Stacks on narrow screens.

import type { ComponentChildren } from 'preact';

export interface FigureRow {
  key: string;
  label: ComponentChildren;
  /** A second line under the label. */
  sub?: string;
  cells: string[];
}

interface FigureTableProps {
  /** The heading of the first column: « Semaine », « Professionnel »… */
  heading: string;
  columns: string[];
  rows: FigureRow[];
  total?: FigureRow;
  testId?: string;
}

function Row({ row, columns }: { row: FigureRow; columns: string[] }) {
  return (
    <tr>
      <th scope="row">
        {row.label}
        {row.sub && <span class="cell-sub">{row.sub}</span>}
      </th>
      {row.cells.map((cell, i) => (
        <td key={columns[i]} data-label={columns[i]} class="num">
          {cell}
        </td>
      ))}
    </tr>
  );
}

export function FigureTable({ heading, columns, rows, total, testId }: FigureTableProps) {
  return (
    <div class="table-scroll">
      <table class="data-table data-table--stack data-table--counts" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            {columns.map((c) => (
              <th key={c} scope="col" class="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.key} row={row} columns={columns} />
          ))}
        </tbody>
        {total && (
          <tfoot>
            <Row row={total} columns={columns} />
          </tfoot>
        )}
      </table>
    </div>
  );
}
