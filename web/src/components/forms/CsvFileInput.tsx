// The file field of a CSV import form.

import type { CsvImport } from './use-csv-import';

export function CsvFileInput<R, E>({ id, label, state }: { id: string; label: string; state: CsvImport<R, E> }) {
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <input id={id} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => state.choose(e.currentTarget.files?.[0] ?? null)} />
    </div>
  );
}
