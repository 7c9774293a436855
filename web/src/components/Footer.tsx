// Site footer with the data attributions.

import { DataSources } from './DataSources';

export function Footer() {
  return (
    <footer class="site-footer">
      <div class="site-footer__inner">
        <DataSources />
        <p class="site-footer__legal">
          Maillage — logiciel libre sous licence AGPL-3.0-or-later.
        </p>
      </div>
    </footer>
  );
}
