// The unscheduled-care requests the caller may see, newest first: a status filter, the table
// (patient, status, urgency, due time with overdue requests marked, reason, orientation) and
// « Plus de demandes » paging.

import { useState } from 'preact/hooks';
import { formatInteger, pluralize } from '../../format';
import { usePagedList } from '../../paged-list';
import { snpRequestPath } from '../../router';
import { listSnpRequests, type SnpRequest } from '../../snp-api';
import { SNP_STATUS_LABELS, reasonLabel, urgencyLabel } from '../../snp-labels';
import { localDateTime } from '../../snp-time';
import { SelectField } from '../forms/SelectField';
import { Link } from '../Link';
import { ListStatus } from '../ListStatus';
import { LoadMore } from '../LoadMore';
import { SnpStatusBadge } from './SnpStatusBadge';
import { patientName, patientSummary } from '../mt/patient-texts';
import { orientationText } from './snp-texts';

const PAGE_SIZE = 50;

export function SnpQueue({ cptsId }: { cptsId: string }) {
  const [status, setStatus] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const list = usePagedList<SnpRequest>(`${cptsId}:${status}`, async (cursor, signal) => {
    const answer = await listSnpRequests(cptsId, { status: status || undefined, limit: PAGE_SIZE, cursor }, signal);
    if (!cursor && !signal.aborted) setTotal(answer.total);
    return answer;
  });

  return (
    <section class="panel" aria-labelledby="snp-queue-title">
      <div class="panel__header">
        <h2 id="snp-queue-title" class="panel__title">
          Demandes
        </h2>
        <p class="toolbar__count" role="status" data-testid="snp-queue-count">
          {total !== null && `${formatInteger(total)} ${pluralize(total, 'demande', 'demandes')}`}
        </p>
      </div>
      <div class="filters" role="search" aria-label="Filtrer les demandes">
        <div class="tool-row">
          <SelectField label="Statut" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">Toutes</option>
            {Object.entries(SNP_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <ListStatus list={list} loading="Chargement des demandes…" empty="Aucune demande pour ces critères." />
      {list.items.length > 0 && (
        <div class="table-scroll">
          <table class="data-table data-table--stack" data-testid="snp-queue">
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Statut</th>
                <th scope="col">Délai</th>
                <th scope="col">À voir avant</th>
                <th scope="col">Motif</th>
                <th scope="col">Orientation</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((r) => (
                <tr key={r.id} data-testid="snp-queue-row" data-request={r.id} class={r.overdue ? 'is-overdue' : undefined}>
                  <td data-label="Patient" class="strong">
                    <Link href={snpRequestPath(cptsId, r.id)}>{patientName(r)}</Link>
                    <span class="cell-sub">
                      {patientSummary(r)} · {r.patient.commune ?? r.patient.commune_code}
                    </span>
                  </td>
                  <td data-label="Statut">
                    <SnpStatusBadge request={r} />
                  </td>
                  <td data-label="Délai">{urgencyLabel(r.urgency)}</td>
                  <td data-label="À voir avant" class={r.overdue ? 'nowrap snp-overdue' : 'nowrap'}>
                    {localDateTime(r.due_at, r.time_zone)}
                  </td>
                  <td data-label="Motif">
                    {reasonLabel(r.reason_code)}
                    {r.reason_text && <span class="cell-sub">{r.reason_text}</span>}
                  </td>
                  <td data-label="Orientation">{orientationText(r, r.time_zone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore list={list} label="Plus de demandes" />
    </section>
  );
}
