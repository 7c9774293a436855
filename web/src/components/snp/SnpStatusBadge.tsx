// A request's status as a badge, with the « En retard » flag when its urgency window is past
// without an orientation.

import type { SnpRequest } from '../../snp-api';
import { SNP_STATUS_LABELS, snpStatusClass } from '../../snp-labels';

export function SnpStatusBadge({ request }: { request: Pick<SnpRequest, 'status' | 'overdue'> }) {
  return (
    <span class="badge-list" data-testid="snp-status">
      <span class={snpStatusClass(request.status)}>{SNP_STATUS_LABELS[request.status]}</span>
      {request.overdue && <span class="badge badge--danger">En retard</span>}
    </span>
  );
}
