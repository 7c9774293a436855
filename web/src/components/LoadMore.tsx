// The « … suivants » button under a cursor-paged list (see paged-list.ts): shown while the list
// has more, disabled while the next page loads.

import type { PagedList } from '../paged-list';

export function LoadMore({ list, label }: { list: Pick<PagedList<unknown>, 'hasMore' | 'loadingMore' | 'loadMore'>; label: string }) {
  if (!list.hasMore) return null;
  return (
    <p class="pager">
      <button type="button" class="btn btn--secondary" disabled={list.loadingMore} onClick={list.loadMore}>
        {list.loadingMore ? 'Chargement…' : label}
      </button>
    </p>
  );
}
