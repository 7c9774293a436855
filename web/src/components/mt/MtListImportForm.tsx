// Import of a list of patients looking for a médecin traitant (the CPAM's list, a hospital's
// discharges, a social service's): a CSV file; every refused line named with its column, or what
// was added and who was already waiting.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { toProblem, type Problem } from '../../api';
import { importMtList, type MtListProblem, type MtListReport, type MtListSource } from '../../mt-api';
import { problemMessage } from '../../problem-message';
import { readTextFile } from '../../text-file';
import { FormAlert } from '../forms/FormAlert';

const SOURCES: Record<MtListSource, string> = {
  cpam: 'Assurance Maladie (CPAM)',
  hospital: 'Sortie d’hospitalisation',
  social_service: 'Service social',
  pharmacy: 'Pharmacie',
};

/** Refused lines shown at most; the rest are counted. */
const MAX_ROWS = 50;

function problemsOf(problem: Problem): MtListProblem[] {
  const rows = (problem as unknown as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as MtListProblem[]) : [];
}

export function MtListImportForm({ cptsId, onImported }: { cptsId: string; onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<MtListSource>('cpam');
  const [report, setReport] = useState<MtListReport | null>(null);
  const [rows, setRows] = useState<MtListProblem[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file || sending) return;
    setSending(true);
    setReport(null);
    setRows([]);
    setProblem(null);
    try {
      setReport(await importMtList(cptsId, file.name, await readTextFile(file), source));
      onImported();
    } catch (error) {
      const failure = toProblem(error);
      const refused = problemsOf(failure);
      if (refused.length > 0) setRows(refused);
      else setProblem(failure);
    } finally {
      setSending(false);
    }
  };

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
      <form class="tool-row" onSubmit={submit} aria-label="Importer une liste de patients">
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
        <div class="field">
          <label class="field__label" for="mt-list-file">
            Fichier CSV
          </label>
          <input
            id="mt-list-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setReport(null);
              setRows([]);
              setProblem(null);
            }}
          />
        </div>
        <button type="submit" class="btn" disabled={!file || sending}>
          {sending ? 'Import en cours…' : 'Importer'}
        </button>
      </form>
      <FormAlert testId="mt-list-errors">
        {rows.length > 0 ? (
          <>
            <p>
              {rows.length} problème{rows.length > 1 ? 's' : ''} : rien n'a été importé.
            </p>
            <ul>
              {rows.slice(0, MAX_ROWS).map((r) => (
                <li key={`${r.line}-${r.column}-${r.rule}`}>
                  Ligne {r.line}
                  {r.column ? `, colonne ${r.column}` : ''} : {r.message}
                </li>
              ))}
            </ul>
            {rows.length > MAX_ROWS && <p>… et {rows.length - MAX_ROWS} autres.</p>}
          </>
        ) : problem ? (
          problemMessage(problem)
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
