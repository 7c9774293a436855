// One user in the administration table, with its actions: add or remove a role, reset the
// password (the new one-time password is shown once, under the row), disable or enable.

import { useState } from 'preact/hooks';
import { removeRole, resetPassword, updateUser, type Cpts, type User } from '../../admin-api';
import { toProblem } from '../../api';
import { formatDateTime, ofName } from '../../format';
import { problemMessage } from '../../problem-message';
import type { ConfirmRequest } from '../ConfirmDialog';
import { FormAlert } from '../forms/FormAlert';
import { OneTimeSecret } from '../OneTimeSecret';
import { AddRoleForm } from './AddRoleForm';
import { RoleChips, roleText } from './RoleChips';
import { UserStatus } from './UserStatus';

interface UserRowProps {
  user: User;
  cpts: Cpts[];
  /** The signed-in administrator: their own account cannot be disabled from here. */
  isSelf: boolean;
  columns: number;
  confirm: (request: ConfirmRequest) => Promise<boolean>;
  onChange: (user: User) => void;
}

type Panel = { kind: 'none' } | { kind: 'add-role' } | { kind: 'password'; password: string };

export function UserRow({ user, cpts, isSelf, columns, confirm, onChange }: UserRowProps) {
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  /** Runs an action, showing its failure under the row. */
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await action();
    } catch (caught) {
      setError(problemMessage(toProblem(caught)));
    } finally {
      setBusy(false);
    }
  };

  const onRemoveRole = async (role: User['roles'][number]) => {
    const confirmed = await confirm({
      title: 'Retirer ce rôle ?',
      message: (
        <p>
          <strong>{user.display_name}</strong> perdra le rôle <strong>{roleText(role)}</strong> et les accès
          qui en découlent.
        </p>
      ),
      confirmLabel: 'Retirer le rôle',
      danger: true,
    });
    if (!confirmed) return;
    await run(async () => {
      await removeRole(user.id, role.id);
      onChange({ ...user, roles: user.roles.filter((r) => r.id !== role.id) });
    });
  };

  const onResetPassword = async () => {
    const confirmed = await confirm({
      title: 'Réinitialiser le mot de passe ?',
      message: (
        <p>
          Le mot de passe actuel de <strong>{user.display_name}</strong> cessera de fonctionner. Un mot de passe à
          usage unique sera affiché une seule fois.
        </p>
      ),
      confirmLabel: 'Réinitialiser',
      danger: true,
    });
    if (!confirmed) return;
    await run(async () => {
      const { one_time_password } = await resetPassword(user.id);
      setPanel({ kind: 'password', password: one_time_password });
      onChange({ ...user, must_change_password: true });
    });
  };

  const onToggleDisabled = () =>
    run(async () => {
      onChange(await updateUser(user.id, { disabled: !user.disabled }));
    });

  const detail =
    panel.kind === 'add-role' ? (
      <AddRoleForm
        userId={user.id}
        userName={user.display_name}
        cpts={cpts}
        onAdded={(role) => {
          onChange({ ...user, roles: [...user.roles, role] });
          setPanel({ kind: 'none' });
        }}
        onCancel={() => setPanel({ kind: 'none' })}
      />
    ) : panel.kind === 'password' ? (
      <OneTimeSecret
        title={`Nouveau mot de passe à usage unique ${ofName(user.display_name)}`}
        secret={panel.password}
        dismissLabel="J'ai transmis le mot de passe"
        onDismiss={() => setPanel({ kind: 'none' })}
      />
    ) : null;

  return (
    <>
      <tr class={user.disabled ? 'is-disabled' : undefined} data-user-id={user.id} data-testid="user-row">
        <td>
          <span class="user-cell__head">
            <span class="user-cell__name">{user.display_name}</span>
            <UserStatus user={user} />
          </span>
          <span class="user-cell__email">{user.email}</span>
          <span class="user-cell__login">
            {user.last_login_at ? (
              <>
                Dernière connexion : <time dateTime={user.last_login_at}>{formatDateTime(user.last_login_at)}</time>
              </>
            ) : (
              'Aucune connexion'
            )}
          </span>
        </td>
        <td>
          <RoleChips roles={user.roles} userName={user.display_name} busy={busy} onRemove={onRemoveRole} />
        </td>
        <td class="col-actions">
          <div class="row-actions">
            <button
              type="button"
              class="btn btn--secondary btn--small"
              aria-expanded={panel.kind === 'add-role'}
              disabled={busy}
              onClick={() => setPanel(panel.kind === 'add-role' ? { kind: 'none' } : { kind: 'add-role' })}
            >
              Ajouter un rôle<span class="visually-hidden"> à {user.display_name}</span>
            </button>
            <button type="button" class="btn btn--secondary btn--small" disabled={busy} onClick={onResetPassword}>
              Réinitialiser le mot de passe<span class="visually-hidden"> {ofName(user.display_name)}</span>
            </button>
            {!isSelf && (
              <button type="button" class="btn btn--secondary btn--small" disabled={busy} onClick={onToggleDisabled}>
                {user.disabled ? 'Réactiver' : 'Désactiver'}
                <span class="visually-hidden"> le compte {ofName(user.display_name)}</span>
              </button>
            )}
          </div>
        </td>
      </tr>
      {(detail || error) && (
        <tr class="data-table__detail">
          <td colSpan={columns}>
            <FormAlert>{error}</FormAlert>
            {detail}
          </td>
        </tr>
      )}
    </>
  );
}
