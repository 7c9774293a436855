// Audit entries as a table: when, who (and from where), what, on which resource, in which CPTS,
// with which outcome.

import type { AuditEntry } from '../../audit-api';
import { formatDateTime } from '../../format';
import { actionLabel, actorTypeLabel, resourceTypeLabel } from '../../labels';
import { OutcomeBadge } from './OutcomeBadge';

function Actor({ actor }: { actor: AuditEntry['actor'] }) {
  const label = actor.label || actorTypeLabel(actor.type);
  return (
    <>
      <span class={actor.type === 'anonymous' ? 'muted actor' : 'strong actor'}>{label}</span>
      {actor.type !== 'user' && actor.label && <span class="cell-sub">{actorTypeLabel(actor.type)}</span>}
    </>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <div class="table-scroll">
      <table class="data-table data-table--compact" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">Date et heure</th>
            <th scope="col">Acteur</th>
            <th scope="col">Adresse</th>
            <th scope="col">Action</th>
            <th scope="col">Ressource</th>
            <th scope="col" class="col-cpts">
              CPTS
            </th>
            <th scope="col">Résultat</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="audit-entry" data-action={entry.action} data-outcome={entry.outcome}>
              <td class="nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>
                <Actor actor={entry.actor} />
              </td>
              <td class="nowrap">
                <code class="identifier">{entry.client_address || '—'}</code>
              </td>
              <td>
                {actionLabel(entry.action) && <span class="cell-main">{actionLabel(entry.action)}</span>}
                <code class="action-code">{entry.action}</code>
              </td>
              <td>
                {resourceTypeLabel(entry.resource_type)}
                {entry.resource_id && (
                  <code class="identifier identifier--short" title={entry.resource_id}>
                    {entry.resource_id}
                  </code>
                )}
              </td>
              <td>{entry.cpts ? entry.cpts.name : <span class="muted">—</span>}</td>
              <td>
                <OutcomeBadge outcome={entry.outcome} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
