// The requests the caller may see, oldest first: filters (status, en retard), the table (patient,
// commune, priority groups, status with its due day and overdue flag, entry, referrer) and
// « Plus de demandes » paging.

import { useState } from 'preact/hooks';
import { formatDay, formatInteger, pluralize } from '../../format';
import { listMtRequests, type MtRequest } from '../../mt-api';
import { MT_STATUSES, OPEN_STATUSES, mtStatusLabel } from '../../mt-labels';
import { usePagedList } from '../../paged-list';
import { mtRequestPath } from '../../router';
import { SelectField } from '../forms/SelectField';
import { Link } from '../Link';
import { ListStatus } from '../ListStatus';
import { LoadMore } from '../LoadMore';
import { MtStatusBadge } from './MtStatusBadge';
import { PriorityBadges } from './PriorityBadges';
import { patientName, patientSummary } from './patient-texts';

const PAGE_SIZE = 50;
const OPEN = 'en_cours';

interface MtQueueProps {
  cptsId: string;
  /** Changes whenever requests change (the list reloads). */
  version: number;
}

export function MtQueue({ cptsId, version }: MtQueueProps) {
  const [status, setStatus] = useState(OPEN);
  const [overdue, setOverdue] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const statuses = status === OPEN ? OPEN_STATUSES.join(',') : status;
  const key = `${cptsId}:${statuses}:${overdue}:${version}`;
  const list = usePagedList<MtRequest>(key, async (cursor, signal) => {
    const answer = await listMtRequests(cptsId, { status: statuses || undefined, overdue: overdue || undefined, limit: PAGE_SIZE, cursor }, signal);
    if (!cursor && !signal.aborted) setTotal(answer.total);
    return answer;
  });

  return (
    <section class="panel" aria-labelledby="mt-queue-title">
      <div class="panel__header">
        <h2 id="mt-queue-title" class="panel__title">
          Demandes
        </h2>
        <p class="toolbar__count" role="status" data-testid="mt-queue-count">
          {total !== null && `${formatInteger(total)} ${pluralize(total, 'demande', 'demandes')}`}
        </p>
      </div>
      <div class="filters" role="search" aria-label="Filtrer les demandes">
        <div class="tool-row">
          <SelectField label="Statut" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value={OPEN}>En cours (ni clôturées ni abandonnées)</option>
            <option value="">Toutes</option>
            {MT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {mtStatusLabel(s)}
              </option>
            ))}
          </SelectField>
          <label class="check">
            <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} />
            En retard seulement
          </label>
        </div>
      </div>
      <ListStatus list={list} loading="Chargement des demandes…" empty="Aucune demande pour ces critères." />
      {list.items.length > 0 && (
        <div class="table-scroll">
          <table class="data-table data-table--stack" data-testid="mt-queue">
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Commune</th>
                <th scope="col">Priorités</th>
                <th scope="col">Statut</th>
                <th scope="col">Inscrit le</th>
                <th scope="col">Adressé par</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((r) => (
                <tr key={r.id} data-testid="mt-queue-row" data-request={r.id} class={r.overdue ? 'is-overdue' : undefined}>
                  <td data-label="Patient" class="strong">
                    <Link href={mtRequestPath(cptsId, r.id)}>{patientName(r)}</Link>
                    <span class="cell-sub">{patientSummary(r)}</span>
                  </td>
                  <td data-label="Commune">{r.patient.commune ?? r.patient.commune_code}</td>
                  <td data-label="Priorités">
                    <PriorityBadges groups={r.priority_groups} />
                  </td>
                  <td data-label="Statut">
                    <MtStatusBadge request={r} />
                  </td>
                  <td data-label="Inscrit le" class="nowrap">
                    {formatDay(r.created_at)}
                  </td>
                  <td data-label="Adressé par">{r.referrer.label}</td>
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
