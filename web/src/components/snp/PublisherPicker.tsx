// Whose slots are published, shown once chosen with « Changer »: for the coordination, a GP's
// practice site found in the directory (the census's picker); for a member, one of the sites of the
// professional linked to their account (the server refuses any other).

import type { PickedSite } from '../mt/DoctorPicker';
import { DoctorPicker } from '../mt/DoctorPicker';
import { OwnSitePicker } from './OwnSitePicker';

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
  return self ? <OwnSitePicker onPick={onPick} /> : <DoctorPicker cptsId={cptsId} onPick={onPick} />;
}
