// The share of requests oriented within their urgency window (the ACI indicator), overall and by
// urgency.

import { formatInteger, formatShare } from '../../format';
import type { SnpIndicators, WindowShare } from '../../snp-api';
import { URGENCIES } from '../../snp-labels';
import { FigureTable } from '../charts/FigureTable';

const cells = (w: WindowShare) => [formatInteger(w.oriented), formatInteger(w.within), w.share === null ? '—' : formatShare(w.share)];

export function WithinWindowTable({ window: w }: { window: SnpIndicators['within_window'] }) {
  const none: WindowShare = { oriented: 0, within: 0, share: null };
  return (
    <FigureTable
      heading="Délai demandé"
      columns={['Orientées', 'Dans le délai', 'Part']}
      rows={URGENCIES.map((u) => ({ key: u.value, label: u.label, cells: cells(w.by_urgency[u.value] ?? none) }))}
      total={{ key: 'total', label: 'Toutes', cells: cells(w) }}
      testId="snp-within-window"
    />
  );
}
