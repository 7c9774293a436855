// Import of a list of patients looking for a médecin traitant (the CPAM's list, a hospital's
// discharges, a social service's): a CSV file; every refused line named with its column, or what
// was added and who was already waiting.

import { useState } from 'preact/hooks';
import type { Problem } from '../../api';
import { importMtList, type MtListProblem, type MtListReport, type MtListSource } from '../../mt-api';
import { problemMessage } from '../../problem-message';
import { readTextFile } from '../../text-file';
import { CsvFileInput } from '../forms/CsvFileInput';
import { FormAlert } from '../forms/FormAlert';
import { useCsvImport } from '../forms/use-csv-import';

const SOURCES: Record<MtListSource, string> = {
  cpam: 'Assurance Maladie (CPAM)',
  hospital: 'Sortie d’hospitalisation',
  social_service: 'Service social',
  pharmacy: 'Pharmacie',
};

/** Refused lines shown at most; the rest are counted. */
const MAX_ROWS = 50;

async function refusedOf(problem: Problem) {
  const rows = (problem as unknown as { rows?: unknown }).rows;
  return Array.isArray(rows) && rows.length > 0 ? { total: rows.length, rows: rows as MtListProblem[] } : null;
}

export function MtListImportForm({ cptsId, onImported }: { cptsId: string; onImported: () => void }) {
  const [source, setSource] = useState<MtListSource>('cpam');
  const state = useCsvImport<MtListReport, MtListProblem>(
    async (file) => importMtList(cptsId, file.name, await readTextFile(file), source),
    refusedOf,
    onImported,
  );
  const report = state.report;
  const refused = state.refused;

  return (
    <section class="panel" aria-labelledby="mt-list-title">
      <h2 id="mt-list-title" class="panel__title">
        Importer une liste de patients (CSV)
      </h2>
      <p class="panel__lead">
        Colonnes par nom : <code>nom;prenom;date_naissance;sexe;commune;consentement</code>, et au choix{' '}
        <code>code_postal</code>, <code>telephone</code>, <code>contact</code>, <code>ald</code>, <code>c2s</code>,{' '}
        <code>grossesse</code>, <code>sortie_hospitalisation</code>, <code>handicap</code> (oui/non). Tout ou rien : à la
        moindre ligne refusée, rien n'est importé ; un patient déjà en attente n'est pas inscrit deux fois.
      </p>
      <form class="tool-row" onSubmit={state.submit} aria-label="Importer une liste de patients">
        <div class="field">
          <label class="field__label" for="mt-list-source">
            Origine de la liste
          </label>
          <select id="mt-list-source" class="field__input" value={source} onChange={(e) => setSource(e.currentTarget.value as MtListSource)}>
            {(Object.keys(SOURCES) as MtListSource[]).map((s) => (
              <option key={s} value={s}>
                {SOURCES[s]}
              </option>
            ))}
          </select>
        </div>
        <CsvFileInput id="mt-list-file" label="Fichier CSV" state={state} />
        <button type="submit" class="btn" disabled={!state.file || state.sending}>
          {state.sending ? 'Import en cours…' : 'Importer'}
        </button>
      </form>
      <FormAlert testId="mt-list-errors">
        {refused ? (
          <>
            <p>
              {refused.total} problème{refused.total > 1 ? 's' : ''} : rien n'a été importé.
            </p>
            <ul>
              {refused.rows.slice(0, MAX_ROWS).map((r) => (
                <li key={`${r.line}-${r.column}-${r.rule}`}>
                  Ligne {r.line}
                  {r.column ? `, colonne ${r.column}` : ''} : {r.message}
                </li>
              ))}
            </ul>
            {refused.total > MAX_ROWS && <p>… et {refused.total - MAX_ROWS} autres.</p>}
          </>
        ) : state.problem ? (
          problemMessage(state.problem)
        ) : (
          ''
        )}
      </FormAlert>
      <FormAlert kind="success" testId="mt-list-report">
        {report && (
          <>
            {report.created} patient{report.created > 1 ? 's' : ''} inscrit{report.created > 1 ? 's' : ''} sur {report.rows} ligne
            {report.rows > 1 ? 's' : ''}
            {report.skipped.length > 0 &&
              ` ; ${report.skipped.length} déjà en attente ou en double (ligne${report.skipped.length > 1 ? 's' : ''} ${report.skipped.map((s) => s.line).join(', ')})`}
            .
          </>
        )}
      </FormAlert>
    </section>
  );
}
