// For a member publishing their own slots: the practice sites of the directory professional their
// account is linked to, one button each (no directory search); or, when the account is linked to
// no professional, what to do about it.

import { problemMessage } from '../../problem-message';
import { getOwnProfessional, type OwnProfessional, type OwnSite } from '../../session-api';
import { useApiValue } from '../../use-api';
import { FormAlert } from '../forms/FormAlert';
import type { PickedSite } from '../mt/DoctorPicker';

/** The same choice as the directory picker's: « Dr Paul GIRARD — Cabinet du Port, Marseille ». */
function pickedSite(p: OwnProfessional, s: OwnSite): PickedSite {
  const where = [s.label || s.site_key, s.commune].filter(Boolean).join(', ');
  return { professionalId: p.id, siteKey: s.site_key, label: `${p.name} — ${where}`, name: p.name };
}

export function OwnSitePicker({ onPick }: { onPick: (site: PickedSite) => void }) {
  const own = useApiValue((signal) => getOwnProfessional(signal), []);
  if (own.problem) return <FormAlert>{problemMessage(own.problem)}</FormAlert>;
  if (!own.value) return <p class="loading loading--inline">Chargement de votre lieu d'exercice…</p>;
  const professional = own.value.professional;
  if (!professional) {
    return (
      <p class="field__hint" data-testid="snp-not-linked">
        Votre compte n'est pas relié à un professionnel de l'annuaire : demandez-le à l'administrateur.
      </p>
    );
  }
  if (professional.sites.length === 0) {
    return <p class="empty">{professional.name} n'a aucun lieu d'exercice dans l'annuaire.</p>;
  }
  return (
    <ul class="result-list" aria-label="Vos lieux d'exercice" data-testid="snp-own-sites">
      {professional.sites.map((s) => {
        const site = pickedSite(professional, s);
        return (
          <li key={s.site_key}>
            <button type="button" class="btn btn--small btn--secondary" onClick={() => onPick(site)}>
              Publier pour : {site.label}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
