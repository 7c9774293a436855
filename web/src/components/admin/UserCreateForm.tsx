// Creates a user account (e-mail, display name). The server answers with a one-time password,
// shown once; the person must replace it at first sign-in.

import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createUser, type User } from '../../admin-api';
import { toProblem, type Problem } from '../../api';
import { problemMessage } from '../../problem-message';
import { fieldMessage } from '../../validation-messages';
import { FormAlert } from '../forms/FormAlert';
import { TextField } from '../forms/TextField';
import { OneTimeSecret } from '../OneTimeSecret';

interface UserCreateFormProps {
  onCreated: (user: User) => void;
  onClose: () => void;
}

export function UserCreateForm({ onCreated, onClose }: UserCreateFormProps) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [errors, setErrors] = useState<{ email?: string | undefined; display_name?: string | undefined }>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<{ user: User; password: string } | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => emailRef.current?.focus(), []);

  const onSubmit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const found = {
      email: /^[^\s@]+@[^\s@]+$/.test(email.trim()) ? undefined : 'Saisissez une adresse e-mail valide.',
      display_name: displayName.trim() ? undefined : 'Saisissez le nom affiché.',
    };
    setErrors(found);
    setProblem(null);
    if (found.email || found.display_name) return;
    setSubmitting(true);
    try {
      const answer = await createUser(email.trim(), displayName.trim());
      setCreated({ user: answer.user, password: answer.one_time_password });
      onCreated(answer.user);
    } catch (caught) {
      const failure = toProblem(caught);
      setProblem(failure);
      setErrors({ email: fieldMessage(failure, 'email'), display_name: fieldMessage(failure, 'display_name') });
    } finally {
      setSubmitting(false);
    }
  };

  if (created) {
    return (
      <OneTimeSecret
        title={`Compte créé pour ${created.user.display_name} (${created.user.email}) — mot de passe à usage unique`}
        secret={created.password}
        dismissLabel="J'ai transmis le mot de passe"
        onDismiss={onClose}
      />
    );
  }

  const fieldErrors = Boolean(errors.email || errors.display_name);
  return (
    <form class="inline-form" noValidate onSubmit={onSubmit} aria-label="Nouvel utilisateur" data-testid="user-create-form">
      <FormAlert>{problem && !fieldErrors ? problemMessage(problem) : ''}</FormAlert>
      <div class="inline-form__fields">
        <TextField
          inputRef={emailRef}
          label="Adresse e-mail"
          type="email"
          autocomplete="off"
          spellcheck={false}
          required
          value={email}
          error={errors.email}
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
        <TextField
          label="Nom affiché"
          hint="Par exemple « Dr Marc Petit » ou « Pharmacie du Port »."
          autocomplete="off"
          required
          value={displayName}
          error={errors.display_name}
          onInput={(event) => setDisplayName(event.currentTarget.value)}
        />
      </div>
      <p class="inline-form__note">
        Un mot de passe à usage unique sera généré ; la personne devra le changer à sa première connexion.
      </p>
      <div class="inline-form__actions">
        <button type="submit" class="btn" disabled={submitting}>
          {submitting ? 'Création…' : 'Créer le compte'}
        </button>
        <button type="button" class="btn btn--secondary" onClick={onClose}>
          Annuler
        </button>
      </div>
    </form>
  );
}
