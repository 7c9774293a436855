// For those who publish slots (the coordination for any GP of the territory, a member for
// themselves): whose slots, then three ways to publish them — by hand, by weekly pattern, by
// importing an agenda — and the patterns in force.

import { useState } from 'preact/hooks';
import type { PickedSite } from '../mt/DoctorPicker';
import { IcsImportForm } from './IcsImportForm';
import { PatternForm } from './PatternForm';
import { PatternList } from './PatternList';
import { PublisherPicker } from './PublisherPicker';
import { SlotForm } from './SlotForm';

interface PublishPanelProps {
  cptsId: string;
  /** A member, who publishes for themselves only. */
  self: boolean;
  /** Changes whenever slots change. */
  version: number;
  onPublished: () => void;
}

export function PublishPanel({ cptsId, self, version, onPublished }: PublishPanelProps) {
  const [site, setSite] = useState<PickedSite | null>(null);
  return (
    <section class="panel" aria-labelledby="snp-publish-title" data-testid="snp-publish">
      <div>
        <h2 id="snp-publish-title" class="panel__title">
          Publier des créneaux
        </h2>
        <p class="panel__lead">Un créneau, un patient : les créneaux publiés sont proposés aux demandes de soins non programmés.</p>
      </div>
      <PublisherPicker cptsId={cptsId} site={site} onPick={setSite} self={self} />
      <div class="snp-publish">
        <SlotForm cptsId={cptsId} site={site} onPublished={onPublished} />
        <PatternForm cptsId={cptsId} site={site} onPublished={onPublished} />
        <IcsImportForm cptsId={cptsId} site={site} onPublished={onPublished} />
      </div>
      <PatternList cptsId={cptsId} version={version} onDeleted={onPublished} />
    </section>
  );
}
