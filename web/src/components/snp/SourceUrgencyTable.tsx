// Requests by source (rows) and urgency window (columns), with totals.

import { formatInteger } from '../../format';
import type { SnpIndicators, SnpSource } from '../../snp-api';
import { SNP_SOURCE_LABELS, URGENCIES } from '../../snp-labels';
import { FigureTable } from '../charts/FigureTable';

export function SourceUrgencyTable({ requests }: { requests: SnpIndicators['requests'] }) {
  const count = (source: string, urgency: string) =>
    requests.by_source_urgency.find((c) => c.source === source && c.urgency === urgency)?.count ?? 0;
  const sources = (Object.keys(SNP_SOURCE_LABELS) as SnpSource[]).filter((s) => (requests.by_source[s] ?? 0) > 0);
  return (
    <FigureTable
      heading="Adressées par"
      columns={[...URGENCIES.map((u) => u.short), 'Total']}
      rows={sources.map((s) => ({
        key: s,
        label: SNP_SOURCE_LABELS[s],
        cells: [...URGENCIES.map((u) => formatInteger(count(s, u.value))), formatInteger(requests.by_source[s] ?? 0)],
      }))}
      total={{
        key: 'total',
        label: 'Toutes',
        cells: [...URGENCIES.map((u) => formatInteger(requests.by_urgency[u.value] ?? 0)), formatInteger(requests.total)],
      }}
      testId="snp-by-source"
    />
  );
}
