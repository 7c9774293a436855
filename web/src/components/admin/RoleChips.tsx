// A user's roles as chips ("Coordination · CPTS du Vieux-Port"), each with a remove button.

import { ofName } from '../../format';
import { roleLabel } from '../../labels';
import type { RoleAssignment } from '../../session-api';

export function roleText(role: RoleAssignment): string {
  return role.cpts ? `${roleLabel(role.role)} · ${role.cpts.name}` : roleLabel(role.role);
}

interface RoleChipsProps {
  roles: RoleAssignment[];
  userName: string;
  /** Omitted: read-only chips. */
  onRemove?: (role: RoleAssignment) => void;
  busy?: boolean;
}

export function RoleChips({ roles, userName, onRemove, busy = false }: RoleChipsProps) {
  if (roles.length === 0) return <span class="muted">Aucun rôle</span>;
  return (
    <ul class="chips">
      {roles.map((role) => (
        <li key={role.id} class={`chip chip--${role.role}`}>
          <span class="chip__text">{roleText(role)}</span>
          {onRemove && (
            <button
              type="button"
              class="chip__remove"
              disabled={busy}
              aria-label={`Retirer le rôle ${roleText(role)} ${ofName(userName)}`}
              title="Retirer ce rôle"
              onClick={() => onRemove(role)}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
