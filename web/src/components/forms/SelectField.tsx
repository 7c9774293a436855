// A labelled <select> with an optional hint and error message (see TextField).

import type { ComponentChildren, SelectHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'label' | 'class'> & {
  class?: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ComponentChildren;
};

export function SelectField({ label, hint, error, class: className, children, ...select }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div class={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label class="field__label" for={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} class="field__hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        class="field__input field__select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...select}
      >
        {children}
      </select>
      {error && (
        <p id={errorId} class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
