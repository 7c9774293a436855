// One form's submission: a busy flag while it runs, the refusal (a Problem) or the confirmation
// message it ends with. `run` clears both before starting.

import { useState } from 'preact/hooks';
import { toProblem, type Problem } from './api';

export interface Submission {
  busy: boolean;
  problem: Problem | null;
  message: string;
  /** Runs `action`, whose result is the confirmation to show ('' for none). */
  run: (action: () => Promise<string>) => Promise<void>;
  /** Forgets the last refusal and confirmation (a form opened again). */
  reset: () => void;
}

export function useSubmission(): Submission {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState('');
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setProblem(null);
    setMessage('');
    try {
      setMessage(await action());
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  };
  const reset = () => {
    setProblem(null);
    setMessage('');
  };
  return { busy, problem, message, run, reset };
}
