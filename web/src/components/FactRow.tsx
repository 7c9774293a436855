// One row of a facts list (<dl class="facts">): a label and its value.

import type { ComponentChildren } from 'preact';

export function FactRow({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
