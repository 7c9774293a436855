// What a directory import did: its counts, then the rejected lines with their reason.

import { formatInteger, pluralize } from '../../format';
import type { DirectoryImportJob, DirectoryImportReport } from '../../directory-import-api';

const n = formatInteger;

/** The counts of a report, as a sentence-like table. */
function Counts({ report, source }: { report: DirectoryImportReport; source: DirectoryImportJob['source'] }) {
  const what = source === 'rpps' ? 'sites d’exercice' : 'structures';
  const rows: [string, number][] = [
    [`${what} créé${source === 'rpps' ? 's' : 'es'}`, report.created],
    [`${what} mis${source === 'rpps' ? '' : 'es'} à jour`, report.updated],
    [`${what} inchangé${source === 'rpps' ? 's' : 'es'}`, report.unchanged],
    ['lignes rejetées', report.rejected],
    ['hors du périmètre demandé', report.skipped],
  ];
  if (source === 'rpps') rows.push(['sites retirés (absents du fichier)', report.removed]);
  return (
    <table class="data-table data-table--compact" data-testid="import-counts">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td class="num">{n(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ImportReportView({ job }: { job: DirectoryImportJob }) {
  const report = job.report;
  if (!report) return null;
  const rejections = report.rejections ?? [];
  return (
    <>
      <p>
        {job.filename} : {n(report.lines)} {pluralize(report.lines, 'ligne lue', 'lignes lues')} (encodage {report.encoding}
        {report.seconds !== undefined && `, ${report.seconds.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`}).
      </p>
      <Counts report={report} source={job.source} />
      {rejections.length > 0 && (
        <div class="table-scroll">
          <table class="data-table data-table--compact" data-testid="import-rejections">
            <caption>
              Lignes rejetées
              {report.rejected > rejections.length && ` (les ${n(rejections.length)} premières sur ${n(report.rejected)})`}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  Ligne
                </th>
                <th scope="col">Motif</th>
              </tr>
            </thead>
            <tbody>
              {rejections.map((r) => (
                <tr key={r.line}>
                  <td class="num">{n(r.line)}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
