// The state of a CSV import form: the file chosen, the sending, and the answer — the report, the
// refused lines the problem lists, or another problem.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { toProblem, type Problem } from '../../api';

export interface RefusedLines<E> {
  total: number;
  rows: E[];
}

export interface CsvImport<R, E> {
  file: File | null;
  /** A new file: the previous answer is cleared. */
  choose: (file: File | null) => void;
  sending: boolean;
  report: R | null;
  refused: RefusedLines<E> | null;
  problem: Problem | null;
  submit: (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => Promise<void>;
}

/**
 * `send` imports the file; `refusedOf` reads the refused lines of a problem (none: another
 * problem); `onImported` follows a success.
 */
export function useCsvImport<R, E>(
  send: (file: File) => Promise<R>,
  refusedOf: (problem: Problem) => Promise<RefusedLines<E> | null>,
  onImported: () => void,
): CsvImport<R, E> {
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const [report, setReport] = useState<R | null>(null);
  const [refused, setRefused] = useState<RefusedLines<E> | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const clear = () => {
    setReport(null);
    setRefused(null);
    setProblem(null);
  };
  const submit = async (event: JSX.TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file || sending) return;
    setSending(true);
    clear();
    try {
      setReport(await send(file));
      onImported();
    } catch (error) {
      const failure = toProblem(error);
      const lines = await refusedOf(failure);
      if (lines) setRefused(lines);
      else setProblem(failure);
    } finally {
      setSending(false);
    }
  };
  return {
    file,
    choose: (chosen) => {
      setFile(chosen);
      clear();
    },
    sending,
    report,
    refused,
    problem,
    submit,
  };
}
