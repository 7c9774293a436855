// Users: search, cursor paging, account creation and, per user, roles and account actions.

import { useEffect, useId, useState } from 'preact/hooks';
import { listUsers, type Cpts, type User } from '../../admin-api';
import { formatInteger, pluralize } from '../../format';
import { usePagedList } from '../../paged-list';
import { problemMessage } from '../../problem-message';
import { useConfirm } from '../ConfirmDialog';
import { FormAlert } from '../forms/FormAlert';
import { UserCreateForm } from './UserCreateForm';
import { UserRow } from './UserRow';
import { LoadMore } from '../LoadMore';

const PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 250;
const COLUMNS = 3;

/** `value`, once it has stopped changing for `delay` ms. */
function useDebounced(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export function UsersSection({ cpts, selfId }: { cpts: Cpts[]; selfId: string }) {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const q = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const list = usePagedList(q, (cursor, signal) => listUsers({ q, limit: PAGE_SIZE, cursor }, signal));
  const { confirm, dialog } = useConfirm();

  const replace = (user: User) => list.update((items) => items.map((item) => (item.id === user.id ? user : item)));
  const prepend = (user: User) => list.update((items) => [user, ...items.filter((item) => item.id !== user.id)]);

  return (
    <section class="panel" aria-labelledby="users-title" data-testid="users-section">
      <div class="panel__header">
        <div>
          <h2 id="users-title" class="panel__title">
            Utilisateurs
          </h2>
          <p class="panel__lead">Comptes des personnes, leurs rôles et leurs CPTS.</p>
        </div>
        <button type="button" class="btn" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          Nouvel utilisateur
        </button>
      </div>

      {creating && <UserCreateForm onCreated={prepend} onClose={() => setCreating(false)} />}

      <div class="toolbar" role="search">
        <label class="toolbar__label" for={searchId}>
          Rechercher
        </label>
        <input
          id={searchId}
          class="field__input toolbar__search"
          type="search"
          placeholder="Nom ou adresse e-mail"
          autocomplete="off"
          value={search}
          onInput={(event) => setSearch(event.currentTarget.value)}
        />
        <p class="toolbar__count" role="status">
          {list.status === 'ready' &&
            `${formatInteger(list.items.length)}${list.hasMore ? '+' : ''} ${pluralize(list.items.length, 'utilisateur')}`}
        </p>
      </div>

      {list.status === 'loading' && <p class="loading loading--inline">Chargement des utilisateurs…</p>}
      {list.status === 'failed' && list.problem && <FormAlert>{problemMessage(list.problem)}</FormAlert>}
      {list.status === 'ready' && list.items.length === 0 && (
        <p class="empty">{q ? `Aucun utilisateur ne correspond à « ${q} ».` : 'Aucun utilisateur.'}</p>
      )}
      {list.status === 'ready' && list.items.length > 0 && (
        <div class="table-scroll">
          <table class="data-table data-table--stack">
            <thead>
              <tr>
                <th scope="col" class="col-user">
                  Utilisateur
                </th>
                <th scope="col">Rôles</th>
                <th scope="col" class="col-actions">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  cpts={cpts}
                  isSelf={user.id === selfId}
                  columns={COLUMNS}
                  confirm={confirm}
                  onChange={replace}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.status === 'ready' && list.problem && <FormAlert>{problemMessage(list.problem)}</FormAlert>}
      <LoadMore list={list} label="Utilisateurs suivants" />
      {dialog}
    </section>
  );
}
