// The file field of an import form (a CSV file unless `accept` says otherwise).

import type { CsvImport } from './use-csv-import';

export function CsvFileInput<R, E>({ id, label, state, accept = '.csv,text/csv,text/plain' }: { id: string; label: string; state: CsvImport<R, E>; accept?: string }) {
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <input id={id} type="file" accept={accept} onChange={(e) => state.choose(e.currentTarget.files?.[0] ?? null)} />
    </div>
  );
}
