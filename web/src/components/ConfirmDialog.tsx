// Confirmation before a destructive action, in a native modal <dialog> (focus trapped,
// Escape cancels). useConfirm() returns the dialog to render and an async confirm().

import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';

export interface ConfirmRequest {
  title: string;
  message: ComponentChildren;
  confirmLabel: string;
  /** Red confirm button: the action cannot be undone. */
  danger?: boolean;
}

interface Pending extends ConfirmRequest {
  resolve: (confirmed: boolean) => void;
}

function ConfirmDialog({ pending, onDone }: { pending: Pending | null; onDone: (confirmed: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (pending && !dialog.open) {
      dialog.returnValue = ''; // Escape keeps the previous value: start from "not confirmed"
      dialog.showModal();
    }
    if (!pending && dialog.open) dialog.close();
  }, [pending]);

  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onClose={() => onDone(ref.current?.returnValue === 'confirm')}
    >
      {pending && (
        <form method="dialog" class="dialog__body">
          <h2 id={`${id}-title`} class="dialog__title">
            {pending.title}
          </h2>
          <div id={`${id}-message`} class="dialog__message">
            {pending.message}
          </div>
          <div class="dialog__actions">
            <button type="submit" value="cancel" class="btn btn--secondary" autofocus>
              Annuler
            </button>
            <button type="submit" value="confirm" class={pending.danger ? 'btn btn--danger' : 'btn'}>
              {pending.confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

export function useConfirm(): { confirm: (request: ConfirmRequest) => Promise<boolean>; dialog: ComponentChildren } {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(
    (request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ ...request, resolve })),
    [],
  );
  const onDone = (confirmed: boolean) => {
    pending?.resolve(confirmed);
    setPending(null);
  };
  return { confirm, dialog: <ConfirmDialog pending={pending} onDone={onDone} /> };
}
