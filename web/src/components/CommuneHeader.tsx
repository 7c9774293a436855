// Title block of a commune page: kind, name, département / région and population.

import { useEffect, useRef } from 'preact/hooks';
import type { CommuneDetail } from '../api';
import { formatPopulation } from '../format';
import { KIND_LABELS } from '../labels';

export function CommuneHeader({ commune }: { commune: CommuneDetail }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move the focus to the title after a navigation, so screen readers announce the new page.
  useEffect(() => headingRef.current?.focus(), [commune.code]);

  return (
    <header class="page-header">
      <p class="page-header__eyebrow">
        {KIND_LABELS[commune.kind]} · code INSEE {commune.code}
      </p>
      <h1 class="page-header__title" data-testid="commune-name" tabIndex={-1} ref={headingRef}>
        {commune.name}
      </h1>
      <p class="page-header__subtitle">
        {commune.departement.name} ({commune.departement.code}) · {commune.region.name}
      </p>
      <p class="page-header__figure">
        <span class="page-header__figure-value" data-testid="commune-population">
          {formatPopulation(commune.population)}
        </span>
        <span class="page-header__figure-label">population municipale</span>
      </p>
    </header>
  );
}
