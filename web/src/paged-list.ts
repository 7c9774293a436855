// Loads a cursor-paged API list: the first page whenever `key` changes, further pages appended
// on demand ("… suivants"). Stale answers are dropped: changing the key aborts what is in flight.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isAbortError, toProblem, type Page, type Problem } from './api';

export type FetchPage<T> = (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>;

export interface PagedList<T> {
  items: T[];
  /** `loading` only for the first page; a failed first page is `failed`. */
  status: 'loading' | 'ready' | 'failed';
  /** The failure of the first page, or of the last "load more". */
  problem: Problem | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
  /** Local edits after a successful change (created, updated or removed items). */
  update: (change: (items: T[]) => T[]) => void;
}

export function usePagedList<T>(key: string, fetchPage: FetchPage<T>): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<PagedList<T>['status']>('loading');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [generation, setGeneration] = useState(0);

  // The latest fetcher, so that callers may pass a new closure on every render.
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    controllerRef.current?.abort();
    controllerRef.current = controller;
    setStatus('loading');
    setProblem(null);
    setLoadingMore(false);
    fetchRef
      .current(undefined, controller.signal)
      .then((page) => {
        setItems(page.items);
        setCursor(page.next_cursor);
        setStatus('ready');
      })
      .catch((error: unknown) => {
        if (isAbortError(error)) return;
        setItems([]);
        setCursor(null);
        setProblem(toProblem(error));
        setStatus('failed');
      });
    return () => controller.abort();
  }, [key, generation]);

  const loadMore = useCallback(() => {
    const controller = controllerRef.current;
    if (!cursor || loadingMore || !controller) return;
    setLoadingMore(true);
    setProblem(null);
    fetchRef
      .current(cursor, controller.signal)
      .then((page) => {
        setItems((previous) => [...previous, ...page.items]);
        setCursor(page.next_cursor);
      })
      .catch((error: unknown) => {
        if (!isAbortError(error)) setProblem(toProblem(error));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoadingMore(false);
      });
  }, [cursor, loadingMore]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const update = useCallback((change: (items: T[]) => T[]) => setItems(change), []);

  return { items, status, problem, hasMore: cursor !== null && cursor !== '', loadingMore, loadMore, reload, update };
}
