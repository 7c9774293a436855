// One practice site in full, on a professional's page: structure (linking to its page when it has
// a FINESS number), mode and sector, specialty, address, phones, e-mail, capacity, and the
// member-only direct line when the caller may see it.

import type { PracticeSite } from '../../directory-api';
import { codedLabel, distanceLabel } from '../../directory-labels';
import { structurePath } from '../../router';
import { Link } from '../Link';
import { CapacityBadges } from './CapacityBadges';
import { addressLine } from './site-address';

/** "0491000001" → "04 91 00 00 01" (ten-digit French numbers; others as given). */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 10 ? digits.replace(/(\d{2})(?=\d)/g, '$1 ') : phone;
}

function Phone({ number }: { number: string }) {
  return <a href={`tel:${number.replace(/[^\d+]/g, '')}`}>{formatPhone(number)}</a>;
}

export function SiteDetails({ site }: { site: PracticeSite }) {
  const title = site.structure_name || addressLine(site) || 'Lieu d’exercice';
  const mode = [codedLabel(site.mode), codedLabel(site.sector)].filter(Boolean).join(' · ');
  return (
    <article class="site-card" data-testid="practice-site">
      <h3 class="site-card__title">
        {site.finess ? <Link href={structurePath(site.finess)}>{title}</Link> : title}
      </h3>
      <dl class="facts">
        {mode && (
          <div class="facts__row">
            <dt>Exercice</dt>
            <dd>{mode}</dd>
          </div>
        )}
        {site.specialty && (
          <div class="facts__row">
            <dt>Spécialité</dt>
            <dd>{codedLabel(site.specialty)}</dd>
          </div>
        )}
        <div class="facts__row">
          <dt>Adresse</dt>
          <dd>
            {addressLine(site) || 'Non renseignée'}
            {site.distance_km !== null && <span class="muted"> · à {distanceLabel(site.distance_km)}</span>}
          </dd>
        </div>
        {(site.phone || site.phone2) && (
          <div class="facts__row">
            <dt>Téléphone</dt>
            <dd>
              {site.phone && <Phone number={site.phone} />}
              {site.phone && site.phone2 && ' · '}
              {site.phone2 && <Phone number={site.phone2} />}
            </dd>
          </div>
        )}
        {site.direct_phone && (
          <div class="facts__row" data-testid="direct-phone">
            <dt>Ligne directe</dt>
            <dd>
              <Phone number={site.direct_phone} /> <span class="tag tag--muted">réservée aux membres</span>
            </dd>
          </div>
        )}
        {site.email && (
          <div class="facts__row">
            <dt>Messagerie</dt>
            <dd>
              <a href={`mailto:${site.email}`}>{site.email}</a>
            </dd>
          </div>
        )}
        {site.finess && (
          <div class="facts__row">
            <dt>FINESS</dt>
            <dd>{site.finess}</dd>
          </div>
        )}
      </dl>
      <CapacityBadges site={site} />
    </article>
  );
}
