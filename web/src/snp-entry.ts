// Where the « Soins non programmés » link of a CPTS leads: its requests for those who handle them,
// its planning for those who only see it, its indicators for those who see only counts (funders,
// administrators); nowhere for the others.

import { canSnp } from './permissions';
import { snpPath } from './router';
import type { Session } from './session-api';

export function snpEntryPath(session: Session, cptsId: string): string | null {
  if (canSnp(session, cptsId, 'snp_request_view')) return snpPath(cptsId);
  if (canSnp(session, cptsId, 'snp_planning_view')) return snpPath(cptsId, 'planning');
  if (canSnp(session, cptsId, 'snp_indicators')) return snpPath(cptsId, 'indicateurs');
  return null;
}
