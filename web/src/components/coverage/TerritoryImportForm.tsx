// Bulk import of territories from a CSV file (administrators and the ARS): what was imported,
// CPTS by CPTS, or every bad row with its line — nothing is imported then.

import { problemMessage } from '../../problem-message';
import { communeNames, importErrorsOf, importTerritories, type ImportRowError, type ImportSummary } from '../../territory-api';
import { importRowMessage } from '../../territory-labels';
import { readTextFile } from '../../text-file';
import { CsvFileInput } from '../forms/CsvFileInput';
import { FormAlert } from '../forms/FormAlert';
import { useCsvImport } from '../forms/use-csv-import';
import { ImportErrors, type ExplainedRow } from './ImportErrors';
import { ImportSummaryTable } from './ImportSummaryTable';

/** Bad rows explained at most (the first ones of the file); the rest are counted. */
const MAX_ROWS = 100;

/** The rules of a row whose code names a commune or part of the referential. */
const NAMED_RULES = new Set(['commune_taken', 'part_taken', 'whole_and_parts', 'postcode_not_of_commune', 'not_divisible']);

async function explain(rows: ImportRowError[]): Promise<ExplainedRow[]> {
  const shown = rows.slice(0, MAX_ROWS);
  const names = await communeNames(shown.flatMap((r) => (r.code && NAMED_RULES.has(r.rule) ? [r.code] : [])));
  return shown.map((r) => ({
    line: r.line,
    cpts: r.cpts_name,
    element: r.code ? `${r.code}${r.postcode ? ` ${r.postcode}` : ''}` : '',
    reason: importRowMessage(r, r.code ? names[r.code] : undefined),
  }));
}

export function TerritoryImportForm({ onImported }: { onImported: () => void }) {
  const state = useCsvImport<ImportSummary, ExplainedRow>(
    async (file) => importTerritories(file.name, await readTextFile(file)),
    async (problem) => {
      const rows = importErrorsOf(problem);
      return rows.length > 0 ? { total: rows.length, rows: await explain(rows) } : null;
    },
    onImported,
  );

  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title" class="panel__title">
        Import des territoires (CSV)
      </h2>
      <p class="panel__lead">
        Une ligne par commune ou partie : <code>cpts_name;insee_code;postcode;population</code> (code postal et population
        facultatifs ; une ligne d'en-tête commençant par <code>cpts_name</code> est ignorée). Une CPTS inconnue est créée
        au statut « Projet ». Tout ou rien : à la moindre ligne refusée, rien n'est importé.
      </p>
      <form class="tool-row" onSubmit={state.submit} aria-label="Importer des territoires">
        <CsvFileInput id="import-file" label="Fichier CSV des territoires" state={state} />
        <button type="submit" class="btn" disabled={!state.file || state.sending}>
          {state.sending ? 'Import en cours…' : 'Importer'}
        </button>
      </form>
      <FormAlert testId="import-errors">
        {state.refused ? (
          <ImportErrors total={state.refused.total} rows={state.refused.rows} />
        ) : state.problem ? (
          problemMessage(state.problem)
        ) : (
          ''
        )}
      </FormAlert>
      <FormAlert kind="success" testId="import-summary">
        {state.report && <ImportSummaryTable summary={state.report} />}
      </FormAlert>
    </section>
  );
}
