// The unscheduled-care resources of a CPTS: kind, name and address, phone, opening hours by
// weekday, services, professionals taking part, and whether the CPTS publishes it. The
// coordination edits and deletes them from here; the public page shows the same table read-only.

import type { SnpResource } from '../../snp-api';
import { RESOURCE_KIND_LABELS } from '../../snp-labels';
import { formatPhone } from '../directory/SiteDetails';
import { hoursByDay } from './resource-hours';

interface ResourceTableProps {
  resources: SnpResource[];
  /** Shows the « Publiée » column (not on the public page, where every row is). */
  showPublic?: boolean;
  onEdit?: (resource: SnpResource) => void;
  onDelete?: (resource: SnpResource) => void;
}

export function ResourceTable({ resources, showPublic = false, onEdit, onDelete }: ResourceTableProps) {
  const actions = Boolean(onEdit || onDelete);
  return (
    <div class="table-scroll">
      <table class="data-table data-table--stack" data-testid="snp-resources">
        <thead>
          <tr>
            <th scope="col">Ressource</th>
            <th scope="col">Adresse</th>
            <th scope="col">Horaires</th>
            <th scope="col">Services</th>
            <th scope="col">Professionnels</th>
            {showPublic && <th scope="col">Publiée</th>}
            {actions && (
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {resources.map((r) => (
            <tr key={r.id} data-testid="snp-resource" data-resource={r.id}>
              <td data-label="Ressource" class="strong">
                {r.name}
                <span class="cell-sub">{r.kind_label ?? RESOURCE_KIND_LABELS[r.kind]}</span>
              </td>
              <td data-label="Adresse">
                {r.address}
                <span class="cell-sub">{[r.postcode, r.commune ?? r.commune_code].filter(Boolean).join(' ')}</span>
                {r.phone && <a href={`tel:${r.phone}`}>{formatPhone(r.phone)}</a>}
              </td>
              <td data-label="Horaires">
                {r.hours.length === 0 ? (
                  <span class="muted">—</span>
                ) : (
                  <ul class="plain-list">
                    {hoursByDay(r.hours).map((d) => (
                      <li key={d.weekday}>
                        {d.label} {d.ranges}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-label="Services">{r.services.length ? r.services.join(', ') : <span class="muted">—</span>}</td>
              <td data-label="Professionnels">{r.professionals.length ? r.professionals.map((p) => p.name ?? p.id).join(', ') : <span class="muted">—</span>}</td>
              {showPublic && <td data-label="Publiée">{r.public ? 'Oui' : 'Non'}</td>}
              {actions && (
                <td class="col-actions">
                  <div class="inline-form__actions">
                    {onEdit && (
                      <button type="button" class="btn btn--small btn--secondary" aria-label={`Modifier ${r.name}`} onClick={() => onEdit(r)}>
                        Modifier
                      </button>
                    )}
                    {onDelete && (
                      <button type="button" class="btn btn--small btn--danger-outline" aria-label={`Supprimer ${r.name}`} onClick={() => onDelete(r)}>
                        Supprimer
                      </button>
                    )}
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
