// The choice of a région or a département, by code and name.

import type { AreaSummary } from '../../territory-api';

interface AreaPickerProps {
  label: string;
  id: string;
  items: AreaSummary[];
  /** The list could not be loaded. */
  failed: boolean;
  value: string;
  disabled?: boolean;
  onChange: (code: string) => void;
}

export function AreaPicker({ label, id, items, failed, value, disabled = false, onChange }: AreaPickerProps) {
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <select id={id} class="field__input" value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{failed ? 'Liste indisponible' : 'Toutes'}</option>
        {items.map((a) => (
          <option key={a.code} value={a.code}>
            {a.code} · {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}
