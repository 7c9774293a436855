// Loads one API answer for a component: again whenever `deps` change, the request in flight
// aborted (a late answer never replaces a newer one, nor reaches an unmounted component).

import { useEffect, useState } from 'preact/hooks';
import { isAbortError, toProblem, type Problem } from './api';

export interface ApiValue<T> {
  /** The latest answer; null until the first one arrives. */
  value: T | null;
  /** The failure of the latest request, if it failed. */
  problem: Problem | null;
  /** Replaces the value after a local change (e.g. the answer of a write). */
  set: (value: T) => void;
}

export function useApiValue<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): ApiValue<T> {
  const [value, setValue] = useState<T | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal)
      .then((answer) => {
        setValue(() => answer);
        setProblem(null);
      })
      .catch((error: unknown) => {
        if (!isAbortError(error)) setProblem(toProblem(error));
      });
    return () => controller.abort();
  }, deps);
  return { value, problem, set: (next: T) => setValue(() => next) };
}
