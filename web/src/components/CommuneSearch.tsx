// Commune search with autocomplete, following the WAI-ARIA 1.2 combobox pattern
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): an editable input with a listbox popup,
// arrow keys to move, Enter to open the highlighted commune, Escape to close.

import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiError, isAbortError, searchCommunes, type CommuneSummary, type Problem } from '../api';
import { formatInteger, formatPopulation, pluralize } from '../format';
import { formerNameMatchLabel } from '../labels';
import { communePath, navigate } from '../router';

const DEBOUNCE_MS = 150;
const RESULT_LIMIT = 10;
const SHOWN_POSTCODES = 3;

type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; items: CommuneSummary[] }
  | { status: 'done'; items: CommuneSummary[] }
  | { status: 'error'; problem: Problem };

interface CommuneSearchProps {
  autoFocus?: boolean;
  /** Called with the chosen commune; defaults to opening its page. */
  onSelect?: (commune: CommuneSummary) => void;
  /** The field's label (several searches on one page need distinct ones). */
  label?: string;
}

function postcodesText(postcodes: string[]): string {
  if (postcodes.length === 0) return '';
  const shown = postcodes.slice(0, SHOWN_POSTCODES).join(', ');
  const more = postcodes.length - SHOWN_POSTCODES;
  return more > 0 ? `${shown} (+${more})` : shown;
}

function CommuneOption({ commune }: { commune: CommuneSummary }) {
  const postcodes = postcodesText(commune.postcodes);
  return (
    <>
      <span class="combobox-option__head">
        <span class="combobox-option__name">{commune.name}</span>
        {commune.kind === 'arrondissement' && <span class="tag">arrondissement</span>}
      </span>
      <span class="combobox-option__meta">
        <span>
          {commune.departement.code} · {commune.departement.name}
        </span>
        {postcodes && <span>{postcodes}</span>}
        <span>{formatPopulation(commune.population)}</span>
      </span>
      {commune.matched_former_name && (
        <span class="combobox-option__former">{formerNameMatchLabel(commune.matched_former_name)}</span>
      )}
    </>
  );
}

export function CommuneSearch({ autoFocus = false, onSelect, label = 'Rechercher une commune' }: CommuneSearchProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  // Debounced search. Each run aborts the previous request, and only the latest request may
  // write its answer, so a slow stale response never overwrites a newer one.
  const latestRequest = useRef(0);
  useEffect(() => {
    const q = query.trim();
    const requestId = ++latestRequest.current;
    if (q === '') {
      setState({ status: 'idle' });
      setActiveIndex(-1);
      return undefined;
    }
    const controller = new AbortController();
    setState((previous) => ({
      status: 'loading',
      items: previous.status === 'done' || previous.status === 'loading' ? previous.items : [],
    }));
    const timer = window.setTimeout(() => {
      searchCommunes({ q, limit: RESULT_LIMIT }, controller.signal)
        .then((page) => {
          if (requestId !== latestRequest.current) return;
          setState({ status: 'done', items: page.items });
          setActiveIndex(-1);
        })
        .catch((error: unknown) => {
          if (isAbortError(error) || requestId !== latestRequest.current) return;
          const problem =
            error instanceof ApiError
              ? error.problem
              : { type: 'about:blank', title: 'Erreur inattendue', status: 0, detail: String(error) };
          setState({ status: 'error', problem });
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const items = state.status === 'done' || state.status === 'loading' ? state.items : [];
  const listVisible = open && items.length > 0;
  const emptyVisible = open && state.status === 'done' && items.length === 0;
  const errorVisible = open && state.status === 'error';

  // Keep the highlighted option in view when moving with the keyboard.
  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const choose = (commune: CommuneSummary) => {
    setOpen(false);
    setActiveIndex(-1);
    if (onSelect) onSelect(commune);
    else navigate(communePath(commune.code));
  };

  const onInput = (event: JSX.TargetedEvent<HTMLInputElement>) => {
    setQuery(event.currentTarget.value);
    setOpen(true);
    setActiveIndex(-1);
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    const count = items.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (!listVisible) {
          setOpen(true);
          if (!event.altKey) setActiveIndex(0);
        } else {
          setActiveIndex((i) => (i + 1) % count);
        }
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActiveIndex((i) => (i <= 0 ? count - 1 : i - 1));
        break;
      case 'Enter':
        if (listVisible && activeIndex >= 0 && activeIndex < count) {
          event.preventDefault();
          choose(items[activeIndex]);
        }
        break;
      case 'Escape':
        event.preventDefault();
        if (open) {
          setOpen(false);
          setActiveIndex(-1);
        } else {
          setQuery('');
        }
        break;
      case 'Tab':
        setOpen(false);
        setActiveIndex(-1);
        break;
      default:
        break;
    }
  };

  let announcement = '';
  if (open && state.status === 'done') {
    announcement =
      items.length === 0
        ? 'Aucune commune trouvée'
        : `${formatInteger(items.length)} ${pluralize(items.length, 'commune trouvée', 'communes trouvées')}`;
  } else if (errorVisible && state.status === 'error') {
    announcement = `Erreur : ${state.problem.detail ?? state.problem.title}`;
  }

  return (
    <div class="combobox" data-testid="commune-search">
      <label class="combobox__label" for={inputId}>
        {label}
      </label>
      <div class={`combobox__field${state.status === 'loading' ? ' is-loading' : ''}`}>
        <svg class="combobox__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="m15.5 15.5 5 5" />
        </svg>
        <input
          ref={inputRef}
          id={inputId}
          class="combobox__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={listVisible}
          aria-controls={listboxId}
          aria-activedescendant={listVisible && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={hintId}
          placeholder="Nom, code postal ou code INSEE"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          enterKeyHint="go"
          value={query}
          onInput={onInput}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setActiveIndex(-1);
          }}
        />
        <div class="combobox__popup" hidden={!(listVisible || emptyVisible || errorVisible)}>
          <ul id={listboxId} class="combobox__listbox" role="listbox" aria-label="Communes trouvées" hidden={!listVisible}>
            {items.map((commune, index) => (
              <li
                key={commune.code}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                class={`combobox-option${index === activeIndex ? ' is-active' : ''}`}
                data-code={commune.code}
                // Keep the focus in the input so the combobox stays operable.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => index !== activeIndex && setActiveIndex(index)}
                onClick={() => choose(commune)}
              >
                <CommuneOption commune={commune} />
              </li>
            ))}
          </ul>
          {emptyVisible && (
            <p class="combobox__message" data-testid="search-empty">
              Aucune commune trouvée
            </p>
          )}
          {errorVisible && state.status === 'error' && (
            <p class="combobox__message combobox__message--error">
              {state.problem.title}
              {state.problem.detail ? ` : ${state.problem.detail}` : ''}
            </p>
          )}
        </div>
      </div>
      <p id={hintId} class="combobox__hint">
        Flèches haut et bas pour parcourir les résultats, Entrée pour {onSelect ? 'choisir la commune' : 'ouvrir la fiche'}, Échap pour
        fermer.
      </p>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
