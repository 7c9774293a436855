// A request's status as a badge, with the day it entered it, its due day and the « En retard »
// flag when that day is past.

import type { MtRequest } from '../../mt-api';
import { formatDay } from '../../format';
import { mtStatusClass, mtStatusLabel } from '../../mt-labels';

export function MtStatusBadge({ request }: { request: Pick<MtRequest, 'status' | 'status_since' | 'due_on' | 'overdue'> }) {
  return (
    <span class="status-since" data-testid="mt-status">
      <span class="badge-list">
        <span class={mtStatusClass(request.status)}>{mtStatusLabel(request.status)}</span>
        {request.overdue && <span class="badge badge--danger">En retard</span>}
      </span>
      <span class="cell-sub">
        depuis le {formatDay(request.status_since)}
        {request.due_on && ` · échéance le ${formatDay(request.due_on)}`}
      </span>
    </span>
  );
}
