// Municipal arrondissements of a PLM commune (Paris, Lyon, Marseille), as links.

import type { ArrondissementSummary } from '../api';
import { formatPopulation } from '../format';
import { communePath } from '../router';
import { Link } from './Link';

export function Arrondissements({ items }: { items: ArrondissementSummary[] }) {
  return (
    <section class="card" aria-labelledby="arrondissements-title">
      <h2 id="arrondissements-title" class="card__title">
        Arrondissements municipaux <span class="count">{items.length}</span>
      </h2>
      <ul class="link-list">
        {items.map((a) => (
          <li key={a.code}>
            <Link href={communePath(a.code)}>{a.name}</Link>
            <span class="muted">{formatPopulation(a.population)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
