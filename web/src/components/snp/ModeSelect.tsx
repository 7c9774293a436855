// In person or remote: the mode of published slots.

import type { SlotMode } from '../../snp-api';
import { SLOT_MODE_LABELS } from '../../snp-labels';
import { SelectField } from '../forms/SelectField';

export function ModeSelect({ value, onChange, error }: { value: SlotMode; onChange: (mode: SlotMode) => void; error?: string }) {
  return (
    <SelectField label="Mode" value={value} error={error} onChange={(e) => onChange(e.currentTarget.value as SlotMode)}>
      {(Object.keys(SLOT_MODE_LABELS) as SlotMode[]).map((m) => (
        <option key={m} value={m}>
          {SLOT_MODE_LABELS[m]}
        </option>
      ))}
    </SelectField>
  );
}
