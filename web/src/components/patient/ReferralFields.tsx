// Who sends the patient (« Selon mon rôle » lets the server choose from the caller's role) and the
// day the patient consented, at the end of an intake form.

import { useCptsToday } from '../../cpts-clock';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';

interface ReferralFieldsProps<S extends string> {
  /** The sources offered, by code, with their French labels. */
  sources: Record<S, string>;
  source: S | '';
  consentOn: string;
  /** What the patient consented to, under the consent date. */
  consentHint: string;
  error: (field: string) => string | undefined;
  onSource: (source: S | '') => void;
  onConsent: (day: string) => void;
}

export function ReferralFields<S extends string>({ sources, source, consentOn, consentHint, error, onSource, onConsent }: ReferralFieldsProps<S>) {
  const today = useCptsToday();
  return (
    <div class="inline-form__fields">
      <SelectField label="Adressé par" value={source} error={error('source')} onChange={(e) => onSource(e.currentTarget.value as S | '')}>
        <option value="">Selon mon rôle</option>
        {(Object.entries(sources) as [S, string][]).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Consentement du patient le"
        hint={consentHint}
        type="date"
        required
        max={today}
        value={consentOn}
        error={error('consent_on')}
        onInput={(e) => onConsent(e.currentTarget.value)}
      />
    </div>
  );
}
