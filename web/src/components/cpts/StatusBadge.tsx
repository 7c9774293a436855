// The lifecycle status of a CPTS as a coloured badge.

import type { CptsStatus } from '../../territory-api';
import { statusLabel } from '../../territory-labels';

const BADGE_KIND: Record<CptsStatus, string> = {
  projet: 'badge--neutral',
  lettre_intention_validee: 'badge--warning',
  projet_sante_valide: 'badge--warning',
  contrat_signe: 'badge--success',
  dissoute: 'badge--danger',
};

export function StatusBadge({ status }: { status: CptsStatus }) {
  return <span class={`badge ${BADGE_KIND[status] ?? 'badge--neutral'}`}>{statusLabel(status)}</span>;
}
