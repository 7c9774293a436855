// Home page: a short presentation of Maillage and the commune search.

import { CommuneSearch } from '../components/CommuneSearch';
import { useDocumentTitle } from '../document-title';

const FEATURES = [
  {
    title: 'Référentiel territorial',
    text: 'Communes, arrondissements municipaux, codes postaux, EPCI, départements et régions, avec les populations légales.',
    available: true,
  },
  {
    title: 'Territoires des CPTS',
    text: 'Composition du territoire de chaque CPTS, taille, couverture de la population.',
    available: false,
  },
  {
    title: 'Annuaire et accès aux soins',
    text: 'Professionnels et structures du territoire, demandes de médecin traitant, soins non programmés.',
    available: false,
  },
] as const;

export function HomePage() {
  useDocumentTitle(null);
  return (
    <div class="home">
      <section class="hero" aria-labelledby="home-title">
        <h1 id="home-title" class="hero__title">
          Le système d'information des CPTS
        </h1>
        <p class="hero__lead">
          Maillage aide les Communautés Professionnelles Territoriales de Santé à organiser les soins sur
          leur territoire. Commencez par rechercher une commune pour consulter sa fiche : population,
          intercommunalité, codes postaux et localisation.
        </p>
        <div class="hero__search">
          <CommuneSearch autoFocus />
        </div>
      </section>

      <section class="features" aria-label="Fonctionnalités">
        {FEATURES.map((feature) => (
          <article key={feature.title} class="feature">
            <p class={feature.available ? 'tag' : 'tag tag--muted'}>{feature.available ? 'disponible' : 'bientôt'}</p>
            <h2 class="feature__title">{feature.title}</h2>
            <p class="feature__text">{feature.text}</p>
          </article>
        ))}
      </section>
    </div>
  );
}
