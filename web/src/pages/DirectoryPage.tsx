// The directory (/annuaire): search professionals or structures by words, profession, distance
// from a commune, capacity and CPTS territory; results listed (« Plus de résultats ») and drawn on
// a map. The search lives in the URL: it can be shared, and the back button returns to the
// previous one.

import { useState } from 'preact/hooks';
import { DirectoryMap } from '../components/directory/DirectoryMap';
import { DirectorySearchForm } from '../components/directory/DirectorySearchForm';
import { ProfessionalCard } from '../components/directory/ProfessionalCard';
import { StructureCard } from '../components/directory/StructureCard';
import { FormAlert } from '../components/forms/FormAlert';
import { LoadMore } from '../components/LoadMore';
import { RequireSession } from '../components/RequireSession';
import { useCptsNames } from '../cpts-names';
import { useCurrentCpts } from '../current-cpts';
import { searchDirectory, type Professional, type Structure } from '../directory-api';
import { hasCriteria, parseSearch, searchString, toQuery, type DirectorySearch } from '../directory-search-url';
import { useDocumentTitle } from '../document-title';
import { formatInteger, pluralize } from '../format';
import { usePagedList } from '../paged-list';
import { problemMessage } from '../problem-message';
import { DIRECTORY_PATH, navigate, useQueryString } from '../router';
import type { Session } from '../session-api';

const PAGE_SIZE = 20;

/** The total of a search, as the first page gave it. */
interface SearchTotal {
  total: number | null;
  over?: number;
}

function countText({ total, over }: SearchTotal, shown: number, kind: DirectorySearch['kind']): string {
  const noun = kind === 'structure' ? ['structure trouvée', 'structures trouvées'] : ['professionnel trouvé', 'professionnels trouvés'];
  if (over !== undefined) return `plus de ${formatInteger(over)} ${noun[1]}`;
  const n = total ?? shown;
  return `${formatInteger(n)}${total === null ? '+' : ''} ${pluralize(n, noun[0], noun[1])}`;
}

function Directory({ session }: { session: Session }) {
  const search = parseSearch(useQueryString());
  const key = searchString(search);
  const active = hasCriteria(search);
  const { current } = useCurrentCpts();
  const cptsNames = useCptsNames(session);
  // The total given with the first page of the search shown.
  const [total, setTotal] = useState<{ key: string; value: SearchTotal } | null>(null);
  const list = usePagedList<Professional | Structure>(active ? key : '', async (cursor, signal) => {
    if (!active) return { items: [], next_cursor: null };
    const page = await searchDirectory({ ...toQuery(search), limit: PAGE_SIZE, cursor }, signal);
    if (!cursor && !signal.aborted) setTotal({ key, value: { total: page.total, over: page.total_over } });
    return page;
  });
  const knownTotal: SearchTotal = total?.key === key ? total.value : { total: null };

  const onSearch = (next: DirectorySearch) => navigate(`${DIRECTORY_PATH}${searchString(next)}`);

  return (
    <div>
      <header class="page-intro">
        <p class="page-intro__eyebrow">Annuaire</p>
        <h1 class="page-intro__title">Professionnels et structures de santé</h1>
        <p class="page-intro__lead">
          L'annuaire national (RPPS, ADELI, FINESS) : cherchez par nom, profession ou structure, autour d'une commune ou sur
          le territoire de votre CPTS.
        </p>
      </header>
      <section class="panel" aria-label="Critères de recherche">
        <DirectorySearchForm key={key} search={search} cpts={current} onSearch={onSearch} />
      </section>
      {!active && (
        <section class="panel" aria-label="Résultats">
          <p class="empty">Saisissez des mots ou choisissez un critère, puis lancez la recherche.</p>
        </section>
      )}
      {active && (
        <section class="panel" aria-labelledby="directory-results-title">
          <div class="panel__header">
            <h2 id="directory-results-title" class="panel__title">
              Résultats
            </h2>
            <p class="toolbar__count" role="status" data-testid="directory-count">
              {list.status === 'ready' && countText(knownTotal, list.items.length, search.kind)}
              {list.status === 'ready' && search.near && ', du plus proche au plus éloigné'}
            </p>
          </div>
          {list.status === 'loading' && <p class="loading loading--inline">Recherche…</p>}
          {list.problem && <FormAlert>{problemMessage(list.problem)}</FormAlert>}
          {list.status === 'ready' && list.items.length === 0 && <p class="empty">Aucun résultat pour ces critères.</p>}
          {list.items.length > 0 && (
            <div class="directory-results">
              <ol class="directory-results__list" data-testid="directory-results">
                {list.items.map((item) => (
                  <li key={item.kind === 'structure' ? item.finess : item.national_id}>
                    {item.kind === 'structure' ? <StructureCard structure={item} /> : <ProfessionalCard professional={item} cptsNames={cptsNames} />}
                  </li>
                ))}
              </ol>
              <DirectoryMap items={list.items} near={search.near} radiusKm={search.radiusKm} />
            </div>
          )}
          <LoadMore list={list} label="Plus de résultats" />
        </section>
      )}
    </div>
  );
}

export function DirectoryPage() {
  useDocumentTitle('Annuaire');
  return <RequireSession>{(session) => <Directory session={session} />}</RequireSession>;
}
