// Site header: product name and tagline on the left, a slot on the right for the future
// user menu / CPTS switcher.

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
        {/* Reserved for the user menu and the CPTS switcher. */}
        <div class="site-header__actions" data-slot="header-actions">
          {actions}
        </div>
      </div>
    </header>
  );
}
