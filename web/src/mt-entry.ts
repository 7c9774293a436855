// Where the « Médecin traitant » link of a CPTS leads: its queue for those who see requests, its
// indicators for those who see only counts (funders, administrators); nowhere for the others.

import { canMt } from './permissions';
import { mtPath } from './router';
import type { Session } from './session-api';

export function mtEntryPath(session: Session, cptsId: string): string | null {
  if (canMt(session, cptsId, 'mt_request_view')) return mtPath(cptsId);
  if (canMt(session, cptsId, 'mt_indicators')) return mtPath(cptsId, 'indicateurs');
  return null;
}
