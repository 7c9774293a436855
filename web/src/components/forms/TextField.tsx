// A labelled text input with an optional hint and an error message, both tied to the input
// with aria-describedby; aria-invalid marks the error.

import type { InputHTMLAttributes, Ref } from 'preact';
import { useId } from 'preact/hooks';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'label' | 'class'> & {
  class?: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Function components do not forward `ref`: this one reaches the <input>. */
  inputRef?: Ref<HTMLInputElement>;
};

export function TextField({ label, hint, error, inputRef, class: className, ...input }: TextFieldProps) {
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
      <input
        ref={inputRef}
        id={id}
        class="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {error && (
        <p id={errorId} class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
