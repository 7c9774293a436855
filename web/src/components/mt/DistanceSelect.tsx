// « Distance maximale » between a patient's commune and a doctor's, for suggestions and the batch
// allocation (the API takes 1 to 200 km, 30 by default).

import { SelectField } from '../forms/SelectField';

const DISTANCES = [10, 20, 30, 50, 100];

export const DEFAULT_DISTANCE_KM = 30;

export function DistanceSelect({ value, onChange }: { value: number; onChange: (km: number) => void }) {
  return (
    <SelectField label="Distance maximale" value={String(value)} onChange={(e) => onChange(Number(e.currentTarget.value))}>
      {DISTANCES.map((km) => (
        <option key={km} value={km}>
          {km} km
        </option>
      ))}
    </SelectField>
  );
}
