// Gives a user one more role, in a CPTS or platform-wide.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { addRole, type Cpts } from '../../admin-api';
import { toProblem, type Problem } from '../../api';
import { problemMessage } from '../../problem-message';
import { fieldMessage } from '../../validation-messages';
import type { RoleAssignment, RoleName } from '../../session-api';
import { FormAlert } from '../forms/FormAlert';
import { cptsScopeError } from './role-scope';
import { RoleScopeFields } from './RoleScopeFields';

interface AddRoleFormProps {
  userId: string;
  userName: string;
  cpts: Cpts[];
  onAdded: (role: RoleAssignment) => void;
  onCancel: () => void;
}

export function AddRoleForm({ userId, userName, cpts, onAdded, onCancel }: AddRoleFormProps) {
  const [role, setRole] = useState<RoleName>('member');
  const [cptsId, setCptsId] = useState('');
  const [cptsError, setCptsError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const error = cptsScopeError(role, cptsId);
    setCptsError(error);
    setProblem(null);
    if (error) return;
    setSubmitting(true);
    try {
      onAdded(await addRole(userId, role, cptsId || null));
    } catch (caught) {
      const failure = toProblem(caught);
      setProblem(failure);
      setCptsError(fieldMessage(failure, 'cpts_id'));
      setSubmitting(false);
    }
  };

  return (
    <form class="inline-form" noValidate onSubmit={onSubmit} aria-label={`Ajouter un rôle à ${userName}`}>
      <FormAlert>{problem && !cptsError ? problemMessage(problem) : ''}</FormAlert>
      <div class="inline-form__fields">
        <RoleScopeFields
          role={role}
          cptsId={cptsId}
          cpts={cpts}
          errors={{ cpts: cptsError, role: fieldMessage(problem, 'role') }}
          onChange={(nextRole, nextCpts) => {
            setRole(nextRole);
            setCptsId(nextCpts);
            setCptsError(undefined);
          }}
        />
      </div>
      <div class="inline-form__actions">
        <button type="submit" class="btn" disabled={submitting}>
          {submitting ? 'Ajout…' : 'Ajouter le rôle'}
        </button>
        <button type="button" class="btn btn--secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
