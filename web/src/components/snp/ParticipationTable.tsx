// Participation per professional: slots published, booked, patients seen.

import { formatInteger } from '../../format';
import type { SnpIndicators } from '../../snp-api';
import { FigureTable } from '../charts/FigureTable';

export function ParticipationTable({ professionals }: { professionals: SnpIndicators['professionals'] }) {
  if (professionals.length === 0) return <p class="empty">Aucun créneau publié sur la période.</p>;
  return (
    <FigureTable
      heading="Professionnel"
      columns={['Créneaux publiés', 'Réservés', 'Patients vus']}
      rows={professionals.map((p) => ({ key: p.id, label: p.name, sub: p.profession, cells: [p.published, p.booked, p.seen].map(formatInteger) }))}
      testId="snp-participation"
    />
  );
}
