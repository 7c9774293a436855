// What a paged list says besides its rows: loading its first page, its failure, or that nothing
// matches.

import type { PagedList } from '../paged-list';
import { problemMessage } from '../problem-message';
import { FormAlert } from './forms/FormAlert';

interface ListStatusProps {
  list: Pick<PagedList<unknown>, 'status' | 'problem' | 'items'>;
  loading: string;
  empty: string;
}

export function ListStatus({ list, loading, empty }: ListStatusProps) {
  return (
    <>
      {list.status === 'loading' && <p class="loading loading--inline">{loading}</p>}
      <FormAlert>{list.problem ? problemMessage(list.problem) : null}</FormAlert>
      {list.status === 'ready' && list.items.length === 0 && <p class="empty">{empty}</p>}
    </>
  );
}
