// A form-level message: an error (role="alert", read out as soon as it appears) or a
// confirmation (role="status"). Renders nothing without a message.

import type { ComponentChildren } from 'preact';

interface FormAlertProps {
  kind?: 'error' | 'success';
  children?: ComponentChildren;
  testId?: string;
}

export function FormAlert({ kind = 'error', children, testId }: FormAlertProps) {
  // The live region stays in the page so that screen readers notice its content changing.
  const empty = children === undefined || children === null || children === '' || children === false;
  return (
    <div
      class={empty ? 'form-alert form-alert--empty' : `form-alert form-alert--${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {empty ? null : children}
    </div>
  );
}
