// Whose slots are published: a GP's practice site found in the directory (the census's picker),
// shown once chosen with « Changer ». A member publishes for the professional linked to their
// account: the server refuses any other.

import type { PickedSite } from '../mt/DoctorPicker';
import { DoctorPicker } from '../mt/DoctorPicker';

interface PublisherPickerProps {
  cptsId: string;
  site: PickedSite | null;
  onPick: (site: PickedSite | null) => void;
  /** A member, who publishes for themselves only. */
  self: boolean;
}

export function PublisherPicker({ cptsId, site, onPick, self }: PublisherPickerProps) {
  if (site) {
    return (
      <p class="directory-form__chosen" data-testid="snp-publisher">
        Créneaux de : <strong>{site.label}</strong>{' '}
        <button type="button" class="btn btn--small btn--ghost" onClick={() => onPick(null)}>
          Changer
        </button>
      </p>
    );
  }
  return (
    <>
      {self && <p class="field__hint">Cherchez votre nom : vous publiez pour votre propre lieu d'exercice, celui lié à votre compte.</p>}
      <DoctorPicker cptsId={cptsId} onPick={onPick} />
    </>
  );
}
