// The memberships of a CPTS: filters (status, college, name, unpaid fee for the coordinator),
// the table (name, profession, communes, college, status and since, fee of the year), « Gérer »
// opening the row's actions, and « Plus d'adhésions » paging.

import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MEMBERSHIP_STATUS_LABELS } from '../../directory-labels';
import { formatInteger, pluralize } from '../../format';
import { listMemberships, type College, type Membership, type MembershipFilter, type MembershipStatus, type MembershipSummary } from '../../membership-api';
import { usePagedList } from '../../paged-list';
import { problemMessage } from '../../problem-message';
import { FormAlert } from '../forms/FormAlert';
import { LoadMore } from '../LoadMore';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { MemberActions } from './MemberActions';
import { MemberName } from './MemberName';
import { MembershipStatusBadge } from './MembershipStatusBadge';
import { feeText, memberActivity, memberCommunes } from './member-texts';

const PAGE_SIZE = 50;
const NAME_DEBOUNCE_MS = 250;

interface MembersTableProps {
  cptsId: string;
  colleges: College[];
  /** The caller sees and records fees (the CPTS's coordinator). */
  fees: boolean;
  version: number;
  onChanged: () => void;
  onSummary: (summary: MembershipSummary) => void;
}

export function MembersTable({ cptsId, colleges, fees, version, onChanged, onSummary }: MembersTableProps) {
  const [filter, setFilter] = useState<MembershipFilter>({});
  const [feeYear, setFeeYear] = useState<number | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const set = (change: Partial<MembershipFilter>) => setFilter((f) => ({ ...f, ...change }));
  // The name filter applies once typing pauses.
  const [words, setWords] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => set({ q: words.trim() || undefined }), NAME_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [words]);
  const key = `${cptsId}:${JSON.stringify(filter)}:${version}`;
  const list = usePagedList<Membership>(key, async (cursor, signal) => {
    const answer = await listMemberships(cptsId, { ...filter, limit: PAGE_SIZE, cursor }, signal);
    if (!cursor && !signal.aborted) {
      setTotal(answer.total);
      setFeeYear(answer.summary.year ?? null);
      onSummary(answer.summary);
    }
    return answer;
  });

  return (
    <section class="panel" aria-labelledby="members-title">
      <div class="panel__header">
        <h2 id="members-title" class="panel__title">
          Adhésions
        </h2>
        <p class="toolbar__count" role="status">
          {total !== null && `${formatInteger(total)} ${pluralize(total, 'adhésion', 'adhésions')}`}
        </p>
      </div>
      <div class="filters" role="search" aria-label="Filtrer les adhésions">
        <div class="filters__fields">
          <TextField label="Nom" value={words} onInput={(e) => setWords(e.currentTarget.value)} autocomplete="off" />
          <SelectField label="Statut" value={filter.status ?? ''} onChange={(e) => set({ status: (e.currentTarget.value || undefined) as MembershipStatus | undefined })}>
            <option value="">Tous</option>
            {Object.entries(MEMBERSHIP_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Collège" value={filter.college ?? ''} onChange={(e) => set({ college: e.currentTarget.value || undefined })}>
            <option value="">Tous</option>
            {colleges.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value="none">Sans collège</option>
          </SelectField>
        </div>
        {fees && (
          <label class="check">
            <input type="checkbox" checked={filter.unpaid === true} onChange={(e) => set({ unpaid: e.currentTarget.checked || undefined })} />
            Cotisation {feeYear ?? ''} non payée
          </label>
        )}
      </div>
      {list.status === 'loading' && <p class="loading loading--inline">Chargement des adhésions…</p>}
      <FormAlert>{list.problem ? problemMessage(list.problem) : null}</FormAlert>
      {list.status === 'ready' && list.items.length === 0 && <p class="empty">Aucune adhésion pour ces critères.</p>}
      {list.items.length > 0 && (
        <div class="table-scroll">
          <table class="data-table data-table--stack" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Profession</th>
                <th scope="col">Commune</th>
                <th scope="col">Collège</th>
                <th scope="col">Statut</th>
                {fees && <th scope="col">Cotisation {feeYear ?? ''}</th>}
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((m) => (
                <Fragment key={m.id}>
                  <tr data-testid="member-row" data-member={m.member.id}>
                    <td data-label="Nom">
                      <MemberName member={m.member} />
                    </td>
                    <td data-label="Profession">{memberActivity(m.member)}</td>
                    <td data-label="Commune">{memberCommunes(m.member)}</td>
                    <td data-label="Collège">{m.college?.name ?? <span class="muted">—</span>}</td>
                    <td data-label="Statut">
                      <MembershipStatusBadge status={m.status} since={m.status_since} />
                    </td>
                    {fees && (
                      <td data-label="Cotisation" class={m.fee?.unpaid ? 'text-warning' : undefined}>
                        {feeText(m.fee)}
                      </td>
                    )}
                    <td class="col-actions">
                      <button
                        type="button"
                        class="btn btn--small btn--secondary"
                        aria-expanded={openId === m.id}
                        onClick={() => setOpenId(openId === m.id ? null : m.id)}
                      >
                        {openId === m.id ? 'Fermer' : 'Gérer'}
                      </button>
                    </td>
                  </tr>
                  {openId === m.id && (
                    <tr class="data-table__detail">
                      <td colSpan={fees ? 7 : 6}>
                        <MemberActions cptsId={cptsId} membership={m} colleges={colleges} feeYear={fees ? feeYear : null} onChanged={onChanged} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore list={list} label="Plus d'adhésions" />
    </section>
  );
}
