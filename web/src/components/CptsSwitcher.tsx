// The CPTS the user works in (header). Lists the distinct CPTS of the user's roles, each with
// the role held there; hidden when the user has no CPTS role (administrators, national funders).

import { useId } from 'preact/hooks';
import { chooseCpts, useCurrentCpts } from '../current-cpts';
import { roleLabel } from '../labels';

export function CptsSwitcher() {
  const id = useId();
  const { choices, current } = useCurrentCpts();
  if (choices.length === 0) return null;
  return (
    <div class="cpts-switcher">
      <label class="cpts-switcher__label" for={id}>
        CPTS
      </label>
      <select
        id={id}
        class="cpts-switcher__select"
        value={current?.id ?? ''}
        onChange={(event) => chooseCpts(event.currentTarget.value)}
        data-testid="cpts-switcher"
      >
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name} — {choice.roles.map(roleLabel).join(', ')}
          </option>
        ))}
      </select>
    </div>
  );
}
