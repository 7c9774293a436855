// What a coordinator changes on one membership (the row's « Gérer » panel): its status, dated
// (the transitions the rules allow), its college, and — for the CPTS's coordinator only — the
// fee of the year (amount in euros, paid on).

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Problem } from '../../api';
import { useCptsToday } from '../../cpts-clock';
import { NEXT_STATUSES, formatEuros, membershipStatusLabel, parseEuros, transitionLabel } from '../../directory-labels';
import { formatDay } from '../../format';
import { changeCollege, changeStatus, putFee, type College, type Membership, type MembershipStatus } from '../../membership-api';
import { problemMessage } from '../../problem-message';
import { useSubmission } from '../../use-submission';
import { fieldMessage } from '../../validation-messages';
import { FormAlert } from '../forms/FormAlert';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';

/** The form-level message of a refusal, unless a field shows it. */
function formError(problem: Problem | null, fields: string[]): string | null {
  if (!problem || fields.some((f) => fieldMessage(problem, f))) return null;
  return problemMessage(problem);
}

interface Props {
  cptsId: string;
  membership: Membership;
  onChanged: () => void;
}

function StatusForm({ cptsId, membership: m, onChanged }: Props) {
  const next = NEXT_STATUSES[m.status];
  const [chosen, setStatus] = useState<MembershipStatus | ''>(next[0] ?? '');
  // After a change the membership's status moved on: the choice must be one of its next ones.
  const status = chosen && next.includes(chosen) ? chosen : (next[0] ?? '');
  const today = useCptsToday();
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const { busy, problem, message, run } = useSubmission();
  if (next.length === 0) {
    return <p class="muted">Adhésion radiée : une nouvelle inscription depuis l'annuaire la rouvre, avec son historique.</p>;
  }
  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!status) return;
    void run(async () => {
      await changeStatus(cptsId, m.id, status, on, note.trim());
      onChanged();
      return `Statut « ${membershipStatusLabel(status)} » enregistré au ${formatDay(on)}.`;
    });
  };
  return (
    <form class="member-form" onSubmit={submit} aria-label="Changer le statut">
      <h3 class="member-form__title">Statut</h3>
      <div class="tool-row">
        <SelectField label="Nouveau statut" value={status} error={fieldMessage(problem, 'status')} onChange={(e) => setStatus(e.currentTarget.value as MembershipStatus)}>
          {next.map((s) => (
            <option key={s} value={s}>
              {transitionLabel(m.status, s)} ({membershipStatusLabel(s).toLowerCase()})
            </option>
          ))}
        </SelectField>
        <TextField label="Date" type="date" required value={on} max={today} error={fieldMessage(problem, 'on')} onInput={(e) => setOn(e.currentTarget.value)} />
        <TextField label="Note (facultatif)" value={note} maxLength={1000} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit" class="btn" disabled={busy}>
          Enregistrer
        </button>
      </div>
      <FormAlert>{formError(problem, ['status', 'on'])}</FormAlert>
      <FormAlert kind="success">{message}</FormAlert>
    </form>
  );
}

function CollegeForm({ cptsId, membership: m, onChanged, colleges }: Props & { colleges: College[] }) {
  const [collegeId, setCollegeId] = useState(m.college?.id ?? '');
  const { busy, problem, message, run } = useSubmission();
  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const changed = await changeCollege(cptsId, m.id, collegeId || null);
      onChanged();
      return changed.college ? `Placé dans le collège « ${changed.college.name} ».` : 'Retiré de son collège.';
    });
  };
  return (
    <form class="member-form" onSubmit={submit} aria-label="Changer de collège">
      <h3 class="member-form__title">Collège</h3>
      <div class="tool-row">
        <SelectField label="Placer dans le collège" value={collegeId} error={fieldMessage(problem, 'college_id')} onChange={(e) => setCollegeId(e.currentTarget.value)}>
          <option value="">Sans collège</option>
          {colleges.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" class="btn btn--secondary" disabled={busy || collegeId === (m.college?.id ?? '')}>
          Changer de collège
        </button>
      </div>
      <FormAlert>{formError(problem, ['college_id'])}</FormAlert>
      <FormAlert kind="success">{message}</FormAlert>
    </form>
  );
}

function FeeForm({ cptsId, membership: m, onChanged, year }: Props & { year: number }) {
  const fee = m.fee ?? null;
  const [amount, setAmount] = useState(fee ? (fee.amount_cents / 100).toFixed(2).replace('.', ',') : '');
  const [paidOn, setPaidOn] = useState(fee?.paid_on ?? '');
  const today = useCptsToday();
  const [amountError, setAmountError] = useState('');
  const { busy, problem, message, run } = useSubmission();
  const submit = (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cents = parseEuros(amount);
    setAmountError(cents === null ? 'Saisissez un montant en euros, par exemple 30 ou 30,50.' : '');
    if (cents === null) return;
    void run(async () => {
      const saved = await putFee(cptsId, m.id, year, cents, paidOn || null);
      onChanged();
      return `Cotisation ${year} : ${formatEuros(saved.amount_cents)}${saved.paid_on ? `, payée le ${formatDay(saved.paid_on)}` : ', à payer'}.`;
    });
  };
  return (
    <form class="member-form" onSubmit={submit} aria-label={`Cotisation ${year}`}>
      <h3 class="member-form__title">Cotisation {year}</h3>
      <div class="tool-row">
        <TextField
          label="Montant (€)"
          inputMode="decimal"
          required
          value={amount}
          error={amountError || fieldMessage(problem, 'amount_cents')}
          onInput={(e) => setAmount(e.currentTarget.value)}
        />
        <TextField label="Payée le (vide : à payer)" type="date" value={paidOn} max={today} error={fieldMessage(problem, 'paid_on')} onInput={(e) => setPaidOn(e.currentTarget.value)} />
        <button type="submit" class="btn btn--secondary" disabled={busy}>
          Enregistrer la cotisation
        </button>
      </div>
      <FormAlert>{formError(problem, ['amount_cents', 'paid_on'])}</FormAlert>
      <FormAlert kind="success">{message}</FormAlert>
    </form>
  );
}

interface MemberActionsProps extends Props {
  colleges: College[];
  /** The year of the fee shown; null when the caller may not see fees. */
  feeYear: number | null;
}

export function MemberActions({ feeYear, colleges, ...props }: MemberActionsProps) {
  return (
    <div class="member-actions" data-testid="member-actions">
      <StatusForm {...props} />
      <CollegeForm {...props} colleges={colleges} />
      {feeYear !== null && <FeeForm {...props} year={feeYear} />}
    </div>
  );
}
