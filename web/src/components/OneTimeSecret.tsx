// A secret the server shows only once (one-time password, API token): a clearly marked box with
// the value, a copy button and a warning that it will not be shown again. The focus moves to
// the box when it appears, so that keyboard and screen-reader users find it.

import { useEffect, useRef, useState } from 'preact/hooks';

interface OneTimeSecretProps {
  title: string;
  secret: string;
  warning?: string;
  dismissLabel?: string;
  onDismiss: () => void;
}

type CopyState = 'idle' | 'copied' | 'selected';

export function OneTimeSecret({
  title,
  secret,
  warning = 'Communiquez-le à la personne : il ne sera plus affiché.',
  dismissLabel = 'Masquer',
  onDismiss,
}: OneTimeSecretProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const valueRef = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(() => {
    boxRef.current?.focus();
  }, [secret]);

  const selectValue = () => {
    const node = valueRef.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  };

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      // No clipboard access (insecure context, permission refused): let the user copy by hand.
      selectValue();
      setCopy('selected');
    }
  };

  return (
    <div class="secret" ref={boxRef} tabIndex={-1} role="group" aria-label={title} data-testid="one-time-secret">
      <p class="secret__title">{title}</p>
      <div class="secret__row">
        <code class="secret__value" ref={valueRef} data-testid="one-time-secret-value">
          {secret}
        </code>
        <button type="button" class="btn btn--secondary btn--small" onClick={onCopy}>
          Copier
        </button>
      </div>
      <p class="secret__warning">{warning}</p>
      <div class="secret__footer">
        <p class="secret__copied" role="status">
          {copy === 'copied' && 'Copié dans le presse-papiers.'}
          {copy === 'selected' && 'Texte sélectionné : copiez-le avec Ctrl+C.'}
        </p>
        <button type="button" class="btn btn--ghost btn--small" onClick={onDismiss}>
          {dismissLabel}
        </button>
      </div>
    </div>
  );
}
