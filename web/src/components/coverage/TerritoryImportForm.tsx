// Bulk import of a région's territories from a CSV file (administrators and the ARS): the
// summary of what was imported, or every bad row with its line — nothing is imported then.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { toProblem, type Problem } from '../../api';
import { formatInteger } from '../../format';
import { problemMessage } from '../../problem-message';
import { importErrorsOf, importTerritories, type ImportSummary } from '../../territory-api';
import { FormAlert } from '../forms/FormAlert';

export function TerritoryImportForm({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file || sending) return;
    setSending(true);
    setSummary(null);
    setProblem(null);
    try {
      setSummary(await importTerritories(file.name, await file.text()));
      onImported();
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setSending(false);
    }
  };
  const rows = problem ? importErrorsOf(problem) : [];

  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title" class="panel__title">
        Import des territoires (CSV)
      </h2>
      <p class="panel__lead">
        Une ligne par commune ou partie : <code>cpts_name;insee_code;postcode;population</code> (code postal et population
        facultatifs). Tout ou rien : à la moindre ligne refusée, rien n'est importé.
      </p>
      <form class="inline-form inline-form--row" onSubmit={submit} aria-label="Importer des territoires">
        <input type="file" accept=".csv,text/csv" aria-label="Fichier CSV des territoires" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        <button type="submit" class="btn" disabled={!file || sending}>
          {sending ? 'Import…' : 'Importer'}
        </button>
      </form>
      <FormAlert testId="import-errors">
        {problem && (
          <>
            {rows.length === 0 ? problemMessage(problem) : `Rien n'a été importé : ${rows.length} ligne(s) refusée(s).`}
            {rows.length > 0 && (
          <ul class="refusals">
            {rows.slice(0, 50).map((r) => (
              <li key={r.line}>
                Ligne {r.line} ({r.cpts_name || '—'}, {r.code ?? '—'}
                {r.postcode ? ` ${r.postcode}` : ''}) : {r.holder ? `déjà dans la ${r.holder} — ` : ''}
                {r.message}
              </li>
            ))}
          </ul>
            )}
          </>
        )}
      </FormAlert>
      <FormAlert kind="success" testId="import-summary">
        {summary &&
          `${formatInteger(summary.rows)} lignes importées : ${formatInteger(summary.added)} éléments ajoutés, ${formatInteger(summary.cpts_created)} CPTS créées.`}
      </FormAlert>
    </section>
  );
}
