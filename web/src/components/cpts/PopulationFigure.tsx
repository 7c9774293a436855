// A population with the « estimée » flag when part of it is an estimate (a postcode part
// whose population nobody entered).

import { formatInteger } from '../../format';

export function PopulationFigure({ value, estimated }: { value: number; estimated: boolean }) {
  return (
    <span class="nowrap">
      {formatInteger(value)}
      {estimated && (
        <>
          {' '}
          <span class="tag tag--muted" title="Une partie de la population est estimée (partage égal par code postal)">
            estimée
          </span>
        </>
      )}
    </span>
  );
}
