// Password change (/mot-de-passe): required after signing in with a one-time password, and
// available to any signed-in user. Errors come from the client checks or from the server's
// problem `errors[]`, by field.

import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { toProblem } from '../api';
import { FormAlert } from '../components/forms/FormAlert';
import { TextField } from '../components/forms/TextField';
import { RequireSession } from '../components/RequireSession';
import { useDocumentTitle } from '../document-title';
import { problemMessage } from '../problem-message';
import { navigate, returnPath } from '../router';
import { changePassword, type Session } from '../session-api';
import { refreshSession } from '../session';
import { MIN_PASSWORD_LENGTH, fieldMessage, ruleMessage } from '../validation-messages';

interface Errors {
  current?: string | undefined;
  next?: string | undefined;
  confirm?: string | undefined;
}

function validate(current: string, next: string, confirm: string): Errors {
  const errors: Errors = {};
  if (current === '') errors.current = ruleMessage({ field: 'current_password', rule: 'required' });
  if (next.length < MIN_PASSWORD_LENGTH) errors.next = ruleMessage({ field: 'new_password', rule: 'min_length' });
  else if (next === current) errors.next = ruleMessage({ field: 'new_password', rule: 'same_as_current' });
  if (confirm !== next) errors.confirm = 'Les deux mots de passe ne correspondent pas.';
  return errors;
}

function PasswordForm({ session }: { session: Session }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [alert, setAlert] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState(false);
  const refs = {
    current: useRef<HTMLInputElement>(null),
    next: useRef<HTMLInputElement>(null),
    confirm: useRef<HTMLInputElement>(null),
  };

  const focusFirst = (found: Errors) => {
    const first = (['current', 'next', 'confirm'] as const).find((key) => found[key]);
    if (first) refs[first].current?.focus();
  };

  const onSubmit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const found = validate(current, next, confirm);
    setErrors(found);
    setAlert('');
    if (Object.values(found).some(Boolean)) return focusFirst(found);

    setSubmitting(true);
    setDone(false);
    try {
      await changePassword(current, next);
      await refreshSession();
      // A provisional password was in the way: go on to the page asked for. Otherwise stay here.
      if (session.user.must_change_password) return navigate(returnPath(), { replace: true });
      setSubmitting(false);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (caught) {
      setSubmitting(false);
      const problem = toProblem(caught);
      const fromServer: Errors = {
        current: fieldMessage(problem, 'current_password'),
        next: fieldMessage(problem, 'new_password'),
      };
      setErrors(fromServer);
      if (fromServer.current || fromServer.next) {
        setAlert("Le mot de passe n'a pas été modifié : corrigez les erreurs signalées.");
        focusFirst(fromServer);
      } else {
        setAlert(problemMessage(problem));
      }
    }
  };

  return (
    <form class="auth-card__body form" noValidate onSubmit={onSubmit} data-testid="password-form">
      {session.user.must_change_password && (
        <p class="notice notice--info">
          Votre mot de passe est provisoire. Choisissez-en un nouveau pour accéder à Maillage.
        </p>
      )}
      <FormAlert>{alert}</FormAlert>
      <FormAlert kind="success">{done && 'Votre mot de passe a été modifié.'}</FormAlert>
      {/* Lets password managers attach the new password to the right account. */}
      <input
        type="text"
        class="visually-hidden"
        autocomplete="username"
        value={session.user.email}
        readOnly
        tabIndex={-1}
        aria-hidden="true"
      />
      <TextField
        inputRef={refs.current}
        label="Mot de passe actuel"
        type="password"
        autocomplete="current-password"
        required
        value={current}
        error={errors.current}
        onInput={(event) => setCurrent(event.currentTarget.value)}
      />
      <TextField
        inputRef={refs.next}
        label="Nouveau mot de passe"
        hint={`Au moins ${MIN_PASSWORD_LENGTH} caractères. Une phrase de passe de plusieurs mots est facile à retenir.`}
        type="password"
        autocomplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        value={next}
        error={errors.next}
        onInput={(event) => setNext(event.currentTarget.value)}
      />
      <TextField
        inputRef={refs.confirm}
        label="Confirmation du nouveau mot de passe"
        type="password"
        autocomplete="new-password"
        required
        value={confirm}
        error={errors.confirm}
        onInput={(event) => setConfirm(event.currentTarget.value)}
      />
      <button type="submit" class="btn btn--block" disabled={submitting}>
        {submitting ? 'Enregistrement…' : 'Changer le mot de passe'}
      </button>
    </form>
  );
}

export function PasswordPage() {
  useDocumentTitle('Mot de passe');
  return (
    <section class="auth-card" aria-labelledby="password-title">
      <h1 id="password-title" class="auth-card__title">
        Changer de mot de passe
      </h1>
      <RequireSession passwordPage>{(session) => <PasswordForm session={session} />}</RequireSession>
    </section>
  );
}
