// Route guard. Anonymous visitors are sent to the login form (coming back here afterwards),
// users with a provisional password to the password form, and users whose roles do not allow
// the page see a French 403.

import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Session } from '../session-api';
import { useSession } from '../session';
import { LOGIN_PATH, PASSWORD_PATH, currentPath, navigate, withReturn } from '../router';
import { ErrorView } from './ErrorView';

interface RequireSessionProps {
  /** Whether the user's roles allow the page; any signed-in user when omitted. */
  allow?: (session: Session) => boolean;
  /** The password page itself: reachable while the password must be changed. */
  passwordPage?: boolean;
  children: (session: Session) => ComponentChildren;
}

export function RequireSession({ allow, passwordPage = false, children }: RequireSessionProps) {
  const state = useSession();
  let redirect: string | null = null;
  if (state.status === 'anonymous') redirect = withReturn(LOGIN_PATH, currentPath());
  else if (state.status === 'authenticated' && state.session.user.must_change_password && !passwordPage) {
    redirect = withReturn(PASSWORD_PATH, currentPath());
  }

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  if (state.status === 'unavailable') return <ErrorView problem={state.problem} />;
  if (state.status !== 'authenticated' || redirect) {
    return (
      <p class="loading" role="status" aria-live="polite">
        Vérification de la session…
      </p>
    );
  }
  if (allow && !allow(state.session)) {
    return (
      <ErrorView
        problem={{ type: 'about:blank', title: 'Accès refusé', status: 403 }}
        message="Votre compte n'a pas les droits nécessaires pour afficher cette page. Si vous pensez qu'il s'agit d'une erreur, adressez-vous à l'administrateur de Maillage."
      />
    );
  }
  return <>{children(state.session)}</>;
}
