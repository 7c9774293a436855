// Application shell: header, routed page, footer.

import { useEffect, useRef } from 'preact/hooks';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { CommunePage } from './pages/CommunePage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { useRoute, type Route } from './router';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'commune':
      return <CommunePage key={route.code} code={route.code} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

export function App() {
  const route = useRoute();

  // A new page starts at the top, as after a full navigation.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
  }, [route]);

  return (
    <>
      <a class="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <Header />
      <main id="contenu" class="site-main" tabIndex={-1}>
        <Page route={route} />
      </main>
      <Footer />
    </>
  );
}
