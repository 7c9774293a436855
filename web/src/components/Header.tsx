// Site header: product name and tagline on the left, the user menu (given by the shell) on the
// right.

import type { ComponentChildren } from 'preact';
import { Link } from './Link';

export function Header({ actions }: { actions?: ComponentChildren }) {
  return (
    <header class="site-header">
      <div class="site-header__inner">
        <Link href="/" class="brand" aria-label="Maillage, retour à l'accueil">
          <img class="brand__logo" src="/favicon.svg" alt="" width={32} height={32} />
          <span class="brand__text">
            <span class="brand__name">Maillage</span>
            <span class="brand__tagline">Système d'information des CPTS</span>
          </span>
        </Link>
        <div class="site-header__actions" data-slot="header-actions">
          {actions}
        </div>
      </div>
    </header>
  );
}
