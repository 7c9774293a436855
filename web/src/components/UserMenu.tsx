// Right side of the header: the signed-in user's name, the CPTS switcher, links to the pages
// their roles open, and sign-out; a "Se connecter" link for anonymous visitors.

import { logOut, useSession } from '../session';
import { canViewAudit, isAdmin } from '../permissions';
import { ADMIN_PATH, AUDIT_PATH, COVERAGE_PATH, CPTS_LIST_PATH, DIRECTORY_PATH, LOGIN_PATH, currentPath, navigate, withReturn, type Route } from '../router';
import { useCurrentCpts } from '../current-cpts';
import { mtEntryPath } from '../mt-entry';
import { snpEntryPath } from '../snp-entry';
import { CptsSwitcher } from './CptsSwitcher';
import { Link } from './Link';

function NavLink({ href, active, label }: { href: string; active: boolean; label: string }) {
  return (
    <li>
      <Link href={href} class="header-nav__link" aria-current={active ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );
}

export function UserMenu({ route }: { route: Route }) {
  const state = useSession();
  const { current } = useCurrentCpts();
  if (state.status === 'loading') return null;

  if (state.status !== 'authenticated') {
    const onLoginPage = route.name === 'login';
    return (
      <Link
        href={onLoginPage ? currentPath() : withReturn(LOGIN_PATH, currentPath())}
        class="header-button"
        aria-current={onLoginPage ? 'page' : undefined}
      >
        Se connecter
      </Link>
    );
  }

  const { session } = state;
  const admin = isAdmin(session);
  const audit = canViewAudit(session);
  const medecinTraitant = current ? mtEntryPath(session, current.id) : null;
  const soinsNonProgrammes = current ? snpEntryPath(session, current.id) : null;
  const onLogOut = () => {
    // The state turns anonymous at once, and the login page replaces the current one in the
    // same render: a guarded page never sees the anonymous state and never redirects itself.
    const done = logOut();
    navigate(LOGIN_PATH);
    done.catch(() => {
      // Already anonymous locally; the cookie expires on its own.
    });
  };

  return (
    <div class="user-menu">
      <nav class="header-nav" aria-label="Gestion">
        <ul class="header-nav__list">
          <NavLink href={CPTS_LIST_PATH} active={route.name === 'cpts-list' || route.name === 'cpts' || route.name === 'memberships'} label="CPTS" />
          <NavLink
            href={DIRECTORY_PATH}
            active={route.name === 'directory' || route.name === 'professional' || route.name === 'structure'}
            label="Annuaire"
          />
          <NavLink href={COVERAGE_PATH} active={route.name === 'coverage'} label="Couverture" />
          {medecinTraitant && <NavLink href={medecinTraitant} active={route.name.startsWith('mt-')} label="Médecin traitant" />}
          {soinsNonProgrammes && <NavLink href={soinsNonProgrammes} active={route.name.startsWith('snp-') && route.name !== 'snp-public'} label="Soins non programmés" />}
          {admin && <NavLink href={ADMIN_PATH} active={route.name === 'admin'} label="Administration" />}
          {audit && <NavLink href={AUDIT_PATH} active={route.name === 'audit'} label="Journal d'audit" />}
        </ul>
      </nav>
      <CptsSwitcher />
      <div class="user-menu__identity">
        <svg class="user-menu__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="8" r="4" />
          <path d="M4 20c1.5-4 4.5-6 8-6s6.5 2 8 6" />
        </svg>
        <span class="user-menu__name" data-testid="current-user">
          {session.user.display_name}
        </span>
      </div>
      <button type="button" class="header-button" onClick={onLogOut}>
        Se déconnecter
      </button>
    </div>
  );
}
