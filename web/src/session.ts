// The signed-in user, loaded once from GET /api/session and shared by the whole application.
// Keeps the API client's CSRF token in step with the session.

import { ApiError, onUnauthorized, setCsrfToken, toProblem, type Problem } from './api';
import { createSession, deleteSession, getSession, type Session } from './session-api';
import { createStore, useStore } from './store';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; session: Session }
  /** The session could not be checked (server unreachable, unexpected error). */
  | { status: 'unavailable'; problem: Problem };

const store = createStore<SessionState>({ status: 'loading' });

function setState(state: SessionState): void {
  setCsrfToken(state.status === 'authenticated' ? state.session.csrf_token : null);
  store.set(state);
}

let loading: Promise<void> | null = null;

/** (Re)loads the session from the server. Concurrent calls share one request. */
export function refreshSession(): Promise<void> {
  loading ??= getSession()
    .then((session) => setState({ status: 'authenticated', session }))
    .catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setState({ status: 'anonymous' });
      else setState({ status: 'unavailable', problem: toProblem(error) });
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** Signs in; rejects with the ApiError (401 wrong credentials, 429 throttled). */
export async function logIn(email: string, password: string): Promise<Session> {
  const session = await createSession(email, password);
  setState({ status: 'authenticated', session });
  return session;
}

/**
 * Signs out. The request leaves with the CSRF token, then the local session is dropped at once
 * (before the answer, and even if the server cannot be told).
 */
export function logOut(): Promise<void> {
  const request = deleteSession();
  setState({ status: 'anonymous' });
  return request;
}

export function useSession(): SessionState {
  return useStore(store);
}

/** The session when signed in, null otherwise. */
export function useSignedIn(): Session | null {
  const state = useSession();
  return state.status === 'authenticated' ? state.session : null;
}

// A 401 on a signed-in request means the session ended on the server: check it again, which
// turns the state anonymous and sends guarded pages to the login form.
onUnauthorized(() => void refreshSession());
