// The outcome of an audited action as a coloured badge (green, amber, red).

import type { AuditOutcome } from '../../audit-api';
import { OUTCOME_LABELS } from '../../labels';

const BADGE_CLASS: Record<AuditOutcome, string> = {
  success: 'badge badge--success',
  denied: 'badge badge--warning',
  failure: 'badge badge--danger',
};

export function OutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  return (
    <span class={BADGE_CLASS[outcome] ?? 'badge badge--neutral'} data-outcome={outcome}>
      {OUTCOME_LABELS[outcome] ?? outcome}
    </span>
  );
}
