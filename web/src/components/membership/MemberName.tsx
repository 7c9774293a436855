// A member's name, linking to their page in the directory (when the directory still has them).

import type { MemberInfo } from '../../membership-api';
import { professionalPath, structurePath } from '../../router';
import { Link } from '../Link';

export function MemberName({ member }: { member: MemberInfo }) {
  const name = member.name || member.id;
  if (!member.known) return <span class="strong" title="Absent de l'annuaire actuel">{name}</span>;
  const href = member.kind === 'structure' ? structurePath(member.id) : professionalPath(member.id);
  return (
    <Link href={href} class="strong">
      {name}
    </Link>
  );
}
