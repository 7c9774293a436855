// « Annuaire : imports RPPS et FINESS » (administrators): send an extraction, watch its import
// progress (lines read, bytes), then its report with the rejected lines; the past imports below.

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isAbortError, toProblem, type Problem } from '../../api';
import {
  getDirectoryImport,
  listDirectoryImports,
  MAX_UPLOAD_BYTES,
  startDirectoryImport,
  type DirectoryImportJob,
  type DirectoryImportRecord,
  type ImportSource,
} from '../../directory-import-api';
import { formatInteger, pluralize } from '../../format';
import { problemMessage } from '../../problem-message';
import { FormAlert } from '../forms/FormAlert';
import { ImportReportView } from './ImportReportView';
import { PastImportsTable } from './PastImportsTable';

const POLL_MS = 400;

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 });

/** Follows a running job until it is done or failed. */
function useFollowedJob(initial: DirectoryImportJob | null, onFinished: () => void) {
  const [job, setJob] = useState(initial);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => setJob(initial), [initial]);
  useEffect(() => {
    if (!job || job.state !== 'running') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getDirectoryImport(job.id, controller.signal)
        .then((next) => {
          setJob(next);
          if (next.state !== 'running') onFinished();
        })
        .catch((error: unknown) => {
          if (!isAbortError(error)) setProblem(toProblem(error));
        });
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [job]);
  return { job, problem };
}

function ImportProgress({ job }: { job: DirectoryImportJob }) {
  const total = job.bytes_total ?? 0;
  const read = job.bytes_read ?? 0;
  return (
    <div class="import-progress" data-testid="import-progress">
      <progress max={total || 1} value={read} aria-label="Avancement de l’import" />
      <p>
        {job.filename} : {formatInteger(job.lines)} {pluralize(job.lines, 'ligne lue', 'lignes lues')} · {megabytes(read)} Mo
        sur {megabytes(total)} Mo
      </p>
    </div>
  );
}

export function DirectoryImportSection() {
  const [source, setSource] = useState<ImportSource>('rpps');
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const [started, setStarted] = useState<DirectoryImportJob | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [past, setPast] = useState<DirectoryImportRecord[]>([]);
  const [pastVersion, setPastVersion] = useState(0);
  const { job, problem: pollProblem } = useFollowedJob(started, () => setPastVersion((v) => v + 1));
  const running = sending || job?.state === 'running';

  useEffect(() => {
    const controller = new AbortController();
    listDirectoryImports(controller.signal)
      .then((answer) => setPast(answer.items))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setProblem(toProblem(error));
      });
    return () => controller.abort();
  }, [pastVersion]);

  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file || running) return;
    setProblem(null);
    setStarted(null);
    setSending(true);
    try {
      setStarted(await startDirectoryImport(source, file));
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setSending(false);
    }
  };

  const tooLarge = file !== null && file.size > MAX_UPLOAD_BYTES;
  const failure = problem ?? pollProblem;
  return (
    <section class="panel" aria-labelledby="directory-import-title" data-testid="directory-import-section">
      <h2 id="directory-import-title" class="panel__title">
        Annuaire : imports RPPS et FINESS
      </h2>
      <p class="panel__lead">
        Extraction RPPS/ADELI (<code>PS_LibreAcces_Personne_activite_….txt</code>) ou FINESS (fichier etalab{' '}
        <code>etalab_cs1100507…</code> ou CSV enrichi avec en-tête), en UTF-8 ou Latin-1, jusqu’à 256 Mo : l’extraction
        d’un département. Les fichiers nationaux s’importent par la commande <code>maillage import</code>. Un fichier
        illisible n’importe rien ; une ligne mal formée est rejetée et signalée, le reste est importé.
      </p>
      <form class="tool-row" onSubmit={submit} aria-label="Importer un fichier de l’annuaire">
        <div class="field">
          <label class="field__label" for="directory-import-source">
            Source
          </label>
          <select
            id="directory-import-source"
            class="field__input"
            value={source}
            onChange={(e) => setSource(e.currentTarget.value as ImportSource)}
          >
            <option value="rpps">RPPS / ADELI (professionnels)</option>
            <option value="finess">FINESS (structures)</option>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="directory-import-file">
            Fichier
          </label>
          <input
            id="directory-import-file"
            type="file"
            accept=".txt,.csv,text/plain,text/csv"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setProblem(null);
            }}
          />
        </div>
        <button type="submit" class="btn" disabled={!file || running || tooLarge}>
          {sending ? 'Envoi du fichier…' : job?.state === 'running' ? 'Import en cours…' : 'Importer'}
        </button>
      </form>
      {tooLarge && <p class="field__error">Ce fichier dépasse 256 Mo : importez-le par la commande <code>maillage import</code>.</p>}
      {job?.state === 'running' && <ImportProgress job={job} />}
      <FormAlert testId="directory-import-error">
        {job?.state === 'failed' ? `Import échoué : ${job.error ?? ''}` : failure ? problemMessage(failure) : ''}
      </FormAlert>
      <FormAlert kind="success" testId="directory-import-report">
        {job?.state === 'done' && <ImportReportView job={job} />}
      </FormAlert>
      <PastImportsTable items={past} />
    </section>
  );
}
