// Bulk import of territories from a CSV file (administrators and the ARS): what was imported,
// CPTS by CPTS, or every bad row with its line — nothing is imported then.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { toProblem, type Problem } from '../../api';
import { problemMessage } from '../../problem-message';
import { communeNames, importErrorsOf, importTerritories, type ImportRowError, type ImportSummary } from '../../territory-api';
import { importRowMessage } from '../../territory-labels';
import { readTextFile } from '../../text-file';
import { FormAlert } from '../forms/FormAlert';
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
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [badRows, setBadRows] = useState<{ total: number; rows: ExplainedRow[] } | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file || sending) return;
    setSending(true);
    setSummary(null);
    setProblem(null);
    setBadRows(null);
    try {
      setSummary(await importTerritories(file.name, await readTextFile(file)));
      onImported();
    } catch (error) {
      const failure = toProblem(error);
      const rows = importErrorsOf(failure);
      if (rows.length > 0) setBadRows({ total: rows.length, rows: await explain(rows) });
      else setProblem(failure);
    } finally {
      setSending(false);
    }
  };

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
      <form class="tool-row" onSubmit={submit} aria-label="Importer des territoires">
        <div class="field">
          <label class="field__label" for="import-file">
            Fichier CSV des territoires
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setSummary(null);
              setBadRows(null);
              setProblem(null);
            }}
          />
        </div>
        <button type="submit" class="btn" disabled={!file || sending}>
          {sending ? 'Import en cours…' : 'Importer'}
        </button>
      </form>
      <FormAlert testId="import-errors">
        {badRows ? <ImportErrors total={badRows.total} rows={badRows.rows} /> : problem ? problemMessage(problem) : ''}
      </FormAlert>
      <FormAlert kind="success" testId="import-summary">
        {summary && <ImportSummaryTable summary={summary} />}
      </FormAlert>
    </section>
  );
}
