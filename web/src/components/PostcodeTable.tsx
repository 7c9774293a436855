// Postcodes of a commune with their "libellé d'acheminement" (La Poste).
// Falls back to the bare postcodes when the details are not known.

import type { PostcodeDetail } from '../api';

interface PostcodeTableProps {
  details: PostcodeDetail[];
  postcodes: string[];
}

export function PostcodeTable({ details, postcodes }: PostcodeTableProps) {
  const rows: PostcodeDetail[] =
    details.length > 0 ? details : postcodes.map((postcode) => ({ postcode, libelle_acheminement: '' }));
  const withLabels = details.length > 0;
  return (
    <section class="card" aria-labelledby="postcodes-title">
      <h2 id="postcodes-title" class="card__title">
        Codes postaux {rows.length > 1 && <span class="count">{rows.length}</span>}
      </h2>
      {rows.length === 0 ? (
        <p class="muted">Aucun code postal connu.</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Code postal</th>
              {withLabels && <th scope="col">Libellé d'acheminement</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={`${p.postcode}-${p.libelle_acheminement}`}>
                <td>
                  <code>{p.postcode}</code>
                </td>
                {withLabels && <td>{p.libelle_acheminement}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
