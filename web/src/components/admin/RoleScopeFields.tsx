// A role select and the matching CPTS select (disabled for admin, optional for funder).
// Used to give a user a role and to create an API token.

import type { Cpts } from '../../admin-api';
import { ROLE_LABELS, ROLE_NAMES } from '../../labels';
import type { RoleName } from '../../session-api';
import { SelectField } from '../forms/SelectField';
import { cptsScope } from './role-scope';

interface RoleScopeFieldsProps {
  role: RoleName;
  cptsId: string;
  cpts: Cpts[];
  onChange: (role: RoleName, cptsId: string) => void;
  errors?: { role?: string | undefined; cpts?: string | undefined };
}

export function RoleScopeFields({ role, cptsId, cpts, onChange, errors = {} }: RoleScopeFieldsProps) {
  const scope = cptsScope(role);
  const hint =
    scope === 'none'
      ? 'Un administrateur agit sur toute la plateforme.'
      : scope === 'optional'
        ? 'Facultative : sans CPTS, le financeur voit les indicateurs de toutes les CPTS.'
        : undefined;
  return (
    <>
      <SelectField
        label="Rôle"
        value={role}
        error={errors.role}
        onChange={(event) => {
          const next = event.currentTarget.value as RoleName;
          onChange(next, cptsScope(next) === 'none' ? '' : cptsId);
        }}
      >
        {ROLE_NAMES.map((name) => (
          <option key={name} value={name}>
            {ROLE_LABELS[name]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="CPTS"
        hint={hint}
        value={cptsId}
        disabled={scope === 'none'}
        required={scope === 'required'}
        error={errors.cpts}
        onChange={(event) => onChange(role, event.currentTarget.value)}
      >
        <option value="">
          {scope === 'required' ? 'Choisir une CPTS…' : scope === 'optional' ? 'Aucune (toutes les CPTS)' : 'Aucune'}
        </option>
        {cpts.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
