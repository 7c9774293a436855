// A user's account status as a badge: disabled or provisional password (nothing when active).

import type { User } from '../../admin-api';

export function UserStatus({ user }: { user: User }) {
  if (user.disabled) return <span class="badge badge--neutral">Désactivé</span>;
  if (user.must_change_password) return <span class="badge badge--warning">Mot de passe provisoire</span>;
  return null; // active: the usual case needs no badge
}
