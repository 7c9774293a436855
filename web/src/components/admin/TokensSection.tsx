// API tokens: the list (with their status), creation, and revocation after confirmation.

import { useEffect, useState } from 'preact/hooks';
import { listTokens, revokeToken, type ApiToken, type Cpts } from '../../admin-api';
import { isAbortError, toProblem, type Problem } from '../../api';
import { formatDate, formatDateTime } from '../../format';
import { roleLabel } from '../../labels';
import { problemMessage } from '../../problem-message';
import { useConfirm } from '../ConfirmDialog';
import { FormAlert } from '../forms/FormAlert';
import { TokenCreateForm } from './TokenCreateForm';

function TokenStatus({ token }: { token: ApiToken }) {
  if (token.revoked) return <span class="badge badge--neutral">Révoqué</span>;
  if (Date.parse(token.expires_at) <= Date.now()) return <span class="badge badge--neutral">Expiré</span>;
  return <span class="badge badge--success">Actif</span>;
}

export function TokensSection({ cpts }: { cpts: Cpts[] }) {
  const [items, setItems] = useState<ApiToken[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [creating, setCreating] = useState(false);
  const [busyId, setBusyId] = useState('');
  const { confirm, dialog } = useConfirm();

  useEffect(() => {
    const controller = new AbortController();
    listTokens(controller.signal)
      .then((answer) => setItems(answer.items))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setProblem(toProblem(error));
      });
    return () => controller.abort();
  }, []);

  const onRevoke = async (token: ApiToken) => {
    const confirmed = await confirm({
      title: 'Révoquer ce jeton ?',
      message: (
        <p>
          Les programmes qui utilisent le jeton <strong>{token.name}</strong> n'auront plus accès à Maillage. Cette
          action est définitive.
        </p>
      ),
      confirmLabel: 'Révoquer le jeton',
      danger: true,
    });
    if (!confirmed) return;
    setBusyId(token.id);
    setProblem(null);
    try {
      await revokeToken(token.id);
      setItems((list) => list?.map((item) => (item.id === token.id ? { ...item, revoked: true } : item)) ?? null);
    } catch (caught) {
      setProblem(toProblem(caught));
    } finally {
      setBusyId('');
    }
  };

  return (
    <section class="panel" aria-labelledby="tokens-title" data-testid="tokens-section">
      <div class="panel__header">
        <div>
          <h2 id="tokens-title" class="panel__title">
            Jetons d'API
          </h2>
          <p class="panel__lead">Accès des logiciels partenaires, chacun avec un rôle et une durée de validité.</p>
        </div>
        <button type="button" class="btn" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          Nouveau jeton
        </button>
      </div>
      {creating && (
        <TokenCreateForm
          cpts={cpts}
          onCreated={(item) => setItems((list) => [item, ...(list ?? [])])}
          onClose={() => setCreating(false)}
        />
      )}
      {problem && <FormAlert>{problemMessage(problem)}</FormAlert>}
      {items === null && !problem && <p class="loading loading--inline">Chargement des jetons…</p>}
      {items && items.length === 0 && <p class="empty">Aucun jeton d'API.</p>}
      {items && items.length > 0 && (
        <div class="table-scroll">
          <table class="data-table data-table--stack">
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Rôle</th>
                <th scope="col">Créé le</th>
                <th scope="col">Expire le</th>
                <th scope="col">Dernière utilisation</th>
                <th scope="col">Statut</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((token) => (
                <tr key={token.id} class={token.revoked ? 'is-disabled' : undefined}>
                  <td class="strong">{token.name}</td>
                  <td data-label="Rôle">
                    {roleLabel(token.role)}
                    {token.cpts && <span class="cell-sub">{token.cpts.name}</span>}
                  </td>
                  <td class="nowrap" data-label="Créé le">
                    {formatDate(token.created_at)}
                  </td>
                  <td class="nowrap" data-label="Expire le">
                    {formatDate(token.expires_at)}
                  </td>
                  <td class="nowrap" data-label="Dernière utilisation">
                    {token.last_used_at ? formatDateTime(token.last_used_at) : <span class="muted">Jamais</span>}
                  </td>
                  <td>
                    <TokenStatus token={token} />
                  </td>
                  <td>
                    {!token.revoked && (
                      <button
                        type="button"
                        class="btn btn--danger-outline btn--small"
                        disabled={busyId === token.id}
                        onClick={() => onRevoke(token)}
                      >
                        Révoquer<span class="visually-hidden"> le jeton {token.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog}
    </section>
  );
}
