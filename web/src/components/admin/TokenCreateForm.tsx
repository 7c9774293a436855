// Creates an API token for a machine client (name, role, CPTS, validity). The token itself is
// shown once, right after creation.

import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createToken, type ApiToken, type Cpts } from '../../admin-api';
import { toProblem, type Problem } from '../../api';
import { problemMessage } from '../../problem-message';
import { fieldMessage } from '../../validation-messages';
import type { RoleName } from '../../session-api';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { OneTimeSecret } from '../OneTimeSecret';
import { cptsScopeError } from './role-scope';
import { RoleScopeFields } from './RoleScopeFields';

const DEFAULT_DAYS = 90;
const MAX_DAYS = 366; // the server's limit

interface Errors {
  name?: string | undefined;
  role?: string | undefined;
  cpts?: string | undefined;
  days?: string | undefined;
}

interface TokenCreateFormProps {
  cpts: Cpts[];
  onCreated: (item: ApiToken) => void;
  onClose: () => void;
}

export function TokenCreateForm({ cpts, onCreated, onClose }: TokenCreateFormProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<RoleName>('partner');
  const [cptsId, setCptsId] = useState('');
  const [days, setDays] = useState(String(DEFAULT_DAYS));
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => nameRef.current?.focus(), []);

  const onSubmit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const validity = Number(days);
    const found: Errors = {
      name: name.trim() ? undefined : 'Saisissez un nom qui dit à quoi sert le jeton.',
      cpts: cptsScopeError(role, cptsId),
      days:
        Number.isInteger(validity) && validity >= 1 && validity <= MAX_DAYS
          ? undefined
          : `Saisissez un nombre de jours entre 1 et ${MAX_DAYS}.`,
    };
    setErrors(found);
    setProblem(null);
    if (Object.values(found).some(Boolean)) return;
    setSubmitting(true);
    try {
      const answer = await createToken({ name: name.trim(), role, cpts_id: cptsId || null, expires_in_days: validity });
      setCreated({ name: answer.item.name, token: answer.token });
      onCreated(answer.item);
    } catch (caught) {
      const failure = toProblem(caught);
      setProblem(failure);
      setErrors({
        name: fieldMessage(failure, 'name'),
        role: fieldMessage(failure, 'role'),
        cpts: fieldMessage(failure, 'cpts_id'),
        days: fieldMessage(failure, 'expires_in_days'),
      });
    } finally {
      setSubmitting(false);
    }
  };

  if (created) {
    return (
      <OneTimeSecret
        title={`Jeton « ${created.name} »`}
        secret={created.token}
        warning="Copiez-le maintenant et conservez-le en lieu sûr : il ne sera plus affiché."
        dismissLabel="J'ai copié le jeton"
        onDismiss={onClose}
      />
    );
  }

  const fieldErrors = Object.values(errors).some(Boolean);
  return (
    <form class="inline-form" noValidate onSubmit={onSubmit} aria-label="Nouveau jeton d'API" data-testid="token-create-form">
      <FormAlert>{problem && !fieldErrors ? problemMessage(problem) : ''}</FormAlert>
      <div class="inline-form__fields">
        <TextField
          inputRef={nameRef}
          label="Nom du jeton"
          hint="Par exemple « Import annuaire — logiciel de la MSP »."
          autocomplete="off"
          required
          value={name}
          error={errors.name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <RoleScopeFields
          role={role}
          cptsId={cptsId}
          cpts={cpts}
          errors={{ role: errors.role, cpts: errors.cpts }}
          onChange={(nextRole, nextCpts) => {
            setRole(nextRole);
            setCptsId(nextCpts);
          }}
        />
        <TextField
          label="Validité (jours)"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_DAYS}
          step={1}
          required
          value={days}
          error={errors.days}
          onInput={(event) => setDays(event.currentTarget.value)}
        />
      </div>
      <div class="inline-form__actions">
        <button type="submit" class="btn" disabled={submitting}>
          {submitting ? 'Création…' : 'Créer le jeton'}
        </button>
        <button type="button" class="btn btn--secondary" onClick={onClose}>
          Annuler
        </button>
      </div>
    </form>
  );
}
