// Filters of the audit log. Edited locally, applied on submit; dates are whole local days.

import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Cpts } from '../../admin-api';
import type { AuditOutcome, AuditQuery } from '../../audit-api';
import { ACTION_LABELS, OUTCOME_LABELS, RESOURCE_TYPES, resourceTypeLabel } from '../../labels';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';

export interface AuditFilterValues {
  action: string;
  resource_type: string;
  outcome: AuditOutcome | '';
  /** yyyy-mm-dd, local days, both included. */
  from: string;
  to: string;
  cpts: string;
}

export const NO_FILTERS: AuditFilterValues = { action: '', resource_type: '', outcome: '', from: '', to: '', cpts: '' };

/** Local midnight of a yyyy-mm-dd day, `plusDays` later, as an ISO instant. */
function localMidnight(day: string, plusDays = 0): string | undefined {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return undefined;
  return new Date(year, month - 1, date + plusDays).toISOString();
}

/** The API query for the filters: "to" includes its whole day. */
export function auditQuery(values: AuditFilterValues): AuditQuery {
  return {
    action: values.action.trim(),
    resource_type: values.resource_type.trim(),
    outcome: values.outcome,
    from: values.from ? localMidnight(values.from) : undefined,
    to: values.to ? localMidnight(values.to, 1) : undefined,
    cpts: values.cpts,
  };
}

interface AuditFiltersProps {
  applied: AuditFilterValues;
  /** The CPTS filter is offered to administrators only (coordinators see their own CPTS). */
  cpts: Cpts[] | null;
  onApply: (values: AuditFilterValues) => void;
}

export function AuditFilters({ applied, cpts, onApply }: AuditFiltersProps) {
  const id = useId();
  const actionsId = `${id}-actions`;
  const typesId = `${id}-types`;
  const [values, setValues] = useState(applied);
  const [dateError, setDateError] = useState<string | undefined>();
  const set = (key: keyof AuditFilterValues) => (event: JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues({ ...values, [key]: event.currentTarget.value });

  const onSubmit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (values.from && values.to && values.from > values.to) {
      setDateError('La date de fin doit suivre la date de début.');
      return;
    }
    setDateError(undefined);
    onApply(values);
  };

  const onReset = () => {
    setValues(NO_FILTERS);
    setDateError(undefined);
    onApply(NO_FILTERS);
  };

  return (
    <form class="filters" noValidate onSubmit={onSubmit} aria-label="Filtres du journal" data-testid="audit-filters">
      <div class="filters__fields">
        <TextField
          label="Action"
          placeholder="ex. session.create"
          list={actionsId}
          autocomplete="off"
          spellcheck={false}
          value={values.action}
          onInput={set('action')}
        />
        <datalist id={actionsId}>
          {Object.entries(ACTION_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </datalist>
        <TextField
          label="Type de ressource"
          placeholder="ex. user"
          list={typesId}
          autocomplete="off"
          spellcheck={false}
          value={values.resource_type}
          onInput={set('resource_type')}
        />
        <datalist id={typesId}>
          {RESOURCE_TYPES.map((type) => (
            <option key={type} value={type}>
              {resourceTypeLabel(type)}
            </option>
          ))}
        </datalist>
        <SelectField label="Résultat" value={values.outcome} onChange={set('outcome')}>
          <option value="">Tous</option>
          {(Object.keys(OUTCOME_LABELS) as AuditOutcome[]).map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </SelectField>
        <TextField label="Du" type="date" value={values.from} onInput={set('from')} />
        <TextField label="Au" type="date" value={values.to} error={dateError} onInput={set('to')} />
        {cpts && (
          <SelectField label="CPTS" value={values.cpts} onChange={set('cpts')}>
            <option value="">Toutes</option>
            {cpts.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <div class="filters__actions">
        <button type="submit" class="btn">
          Filtrer
        </button>
        <button type="button" class="btn btn--secondary" onClick={onReset}>
          Réinitialiser
        </button>
      </div>
    </form>
  );
}
