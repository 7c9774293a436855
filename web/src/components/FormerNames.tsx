// Former communes merged into this one (communes déléguées or associées).

import type { FormerName } from '../api';
import { formerKindLabel } from '../labels';

export function FormerNames({ items }: { items: FormerName[] }) {
  return (
    <section class="card" aria-labelledby="former-names-title">
      <h2 id="former-names-title" class="card__title">
        Anciennes communes <span class="count">{items.length}</span>
      </h2>
      <ul class="link-list">
        {items.map((f) => (
          <li key={`${f.kind}-${f.code}`}>
            <span>
              {f.name} <span class="muted">({f.code})</span>
            </span>
            <span class="tag tag--muted">{formerKindLabel(f.kind)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
