// Login form (/connexion). After signing in, goes back to the page named by `?retour=`, through
// the password form first when the password is provisional.

import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { toProblem } from '../api';
import { FormAlert } from '../components/forms/FormAlert';
import { TextField } from '../components/forms/TextField';
import { Link } from '../components/Link';
import { useDocumentTitle } from '../document-title';
import { formatInteger, pluralize } from '../format';
import { problemMessage } from '../problem-message';
import { PASSWORD_PATH, navigate, returnPath, withReturn } from '../router';
import { logIn, useSession } from '../session';

interface FieldErrors {
  email?: string;
  password?: string;
}

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (email.trim() === '') errors.email = 'Saisissez votre adresse e-mail.';
  else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.email = 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.';
  if (password === '') errors.password = 'Saisissez votre mot de passe.';
  return errors;
}

function tooManyAttempts(seconds: number | undefined): string {
  if (seconds === undefined || seconds <= 0) return 'Trop de tentatives. Réessayez dans quelques instants.';
  return `Trop de tentatives. Réessayez dans ${formatInteger(seconds)} ${pluralize(seconds, 'seconde')}.`;
}

function AlreadySignedIn({ name }: { name: string }) {
  return (
    <div class="auth-card__body">
      <p>
        Vous êtes connecté en tant que <strong>{name}</strong>.
      </p>
      <p class="auth-card__actions">
        <Link href={returnPath()} class="button">
          Continuer
        </Link>
      </p>
    </div>
  );
}

export function LoginPage() {
  useDocumentTitle('Connexion');
  const state = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [blockedUntil, setBlockedUntil] = useState(0);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    emailRef.current?.focus();
  }, []);

  // After a 429 the button stays disabled until the server accepts attempts again.
  useEffect(() => {
    if (blockedUntil === 0) return undefined;
    const timer = window.setTimeout(() => setBlockedUntil(0), Math.max(0, blockedUntil - Date.now()));
    return () => window.clearTimeout(timer);
  }, [blockedUntil]);

  const onSubmit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting || blockedUntil) return;
    const errors = validate(email, password);
    setFieldErrors(errors);
    setError('');
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();

    setSubmitting(true);
    try {
      const session = await logIn(email.trim(), password);
      const target = session.user.must_change_password ? withReturn(PASSWORD_PATH, returnPath()) : returnPath();
      navigate(target, { replace: true });
    } catch (caught) {
      setSubmitting(false);
      const problem = toProblem(caught);
      if (problem.status === 401) {
        setError('Adresse e-mail ou mot de passe incorrect.');
        setPassword('');
        passwordRef.current?.focus();
      } else if (problem.status === 429) {
        setError(tooManyAttempts(problem.retry_after_seconds));
        setBlockedUntil(Date.now() + (problem.retry_after_seconds ?? 5) * 1000);
      } else {
        setError(problemMessage(problem));
      }
    }
  };

  const signedIn = state.status === 'authenticated' && !submitting ? state.session : null;
  return (
    <section class="auth-card" aria-labelledby="login-title">
      <h1 id="login-title" class="auth-card__title">
        Connexion
      </h1>
      <p class="auth-card__lead">Accédez à l'espace de votre CPTS.</p>
      {signedIn ? (
        <AlreadySignedIn name={signedIn.user.display_name} />
      ) : (
        <form class="auth-card__body form" noValidate onSubmit={onSubmit} data-testid="login-form">
          <FormAlert testId="login-error">{error}</FormAlert>
          <TextField
            inputRef={emailRef}
            label="Adresse e-mail"
            type="email"
            name="email"
            autocomplete="username"
            inputMode="email"
            autocapitalize="off"
            spellcheck={false}
            required
            value={email}
            error={fieldErrors.email}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
          <TextField
            inputRef={passwordRef}
            label="Mot de passe"
            type="password"
            name="password"
            autocomplete="current-password"
            required
            value={password}
            error={fieldErrors.password}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
          <button type="submit" class="btn btn--block" disabled={submitting || blockedUntil !== 0}>
            {submitting ? 'Connexion…' : 'Se connecter'}
          </button>
          <p class="auth-card__note">
            Mot de passe oublié ? Adressez-vous à la coordination de votre CPTS ou à l'administrateur de Maillage.
          </p>
        </form>
      )}
    </section>
  );
}
