// Texts of a membership row: what the member does, where, and the fee of the year.

import { formatDay } from '../../format';
import { formatEuros } from '../../directory-labels';
import type { Fee, MemberInfo } from '../../membership-api';

/** The member's profession (professionals) or category (structures). */
export function memberActivity(member: MemberInfo): string {
  return member.profession?.label ?? member.category?.label ?? (member.kind === 'structure' ? 'Structure' : '');
}

/** The communes where the member practises, each once: "Marseille 2e Arrondissement, Aubagne". */
export function memberCommunes(member: MemberInfo): string {
  return [...new Set(member.communes.map((c) => c.name))].join(', ');
}

/** "30,00 € payée le 12 janv. 2026", "30,00 € à payer", "—" when none is recorded. */
export function feeText(fee: Fee | null | undefined): string {
  if (!fee) return '—';
  if (fee.paid_on) return `${formatEuros(fee.amount_cents)}, payée le ${formatDay(fee.paid_on)}`;
  if (fee.unpaid) return `${formatEuros(fee.amount_cents)} à payer`;
  return fee.amount_cents === 0 ? 'Exonéré' : formatEuros(fee.amount_cents);
}
