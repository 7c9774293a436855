// The weekly summary for the SAS (CSV, one line per professional): a week picker and the link.

import { useState } from 'preact/hooks';
import { sasSummaryUrl } from '../../snp-api';
import { DEFAULT_TIME_ZONE, addDays, isoWeek, todayIn } from '../../snp-time';
import { TextField } from '../forms/TextField';

export function SasSummaryLink({ cptsId }: { cptsId: string }) {
  // Last week by default: the one to report.
  const [week, setWeek] = useState(() => isoWeek(addDays(todayIn(DEFAULT_TIME_ZONE), -7)));
  const valid = /^\d{4}-W\d{2}$/.test(week);
  return (
    <div class="tool-row" data-testid="snp-sas">
      <TextField label="Semaine" type="week" hint="Format 2026-W48." pattern="\d{4}-W\d{2}" value={week} onInput={(e) => setWeek(e.currentTarget.value)} />
      {valid ? (
        <a class="btn btn--secondary" href={sasSummaryUrl(cptsId, week)} download data-testid="snp-sas-csv">
          Synthèse SAS de la semaine (CSV)
        </a>
      ) : (
        <p class="field__hint">Choisissez une semaine.</p>
      )}
    </div>
  );
}
