// Application shell: header (with the user menu), routed page, footer.

import { useEffect, useRef } from 'preact/hooks';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { UserMenu } from './components/UserMenu';
import { AdminPage } from './pages/AdminPage';
import { AuditPage } from './pages/AuditPage';
import { CommunePage } from './pages/CommunePage';
import { CoveragePage } from './pages/CoveragePage';
import { CptsListPage } from './pages/CptsListPage';
import { CptsPage } from './pages/CptsPage';
import { DirectoryPage } from './pages/DirectoryPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { MembershipsPage } from './pages/MembershipsPage';
import { MtAllocationPage } from './pages/MtAllocationPage';
import { MtCensusPage } from './pages/MtCensusPage';
import { MtIndicatorsPage } from './pages/MtIndicatorsPage';
import { MtQueuePage } from './pages/MtQueuePage';
import { MtRequestPage } from './pages/MtRequestPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PasswordPage } from './pages/PasswordPage';
import { ProfessionalPage } from './pages/ProfessionalPage';
import { SnpIndicatorsPage } from './pages/SnpIndicatorsPage';
import { SnpPlanningPage } from './pages/SnpPlanningPage';
import { SnpPublicPage } from './pages/SnpPublicPage';
import { SnpQueuePage } from './pages/SnpQueuePage';
import { SnpRequestPage } from './pages/SnpRequestPage';
import { SnpResourcesPage } from './pages/SnpResourcesPage';
import { StructurePage } from './pages/StructurePage';
import { useRoute, type Route } from './router';
import { refreshSession } from './session';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'commune':
      return <CommunePage key={route.code} code={route.code} />;
    case 'login':
      return <LoginPage />;
    case 'password':
      return <PasswordPage />;
    case 'admin':
      return <AdminPage />;
    case 'audit':
      return <AuditPage />;
    case 'cpts-list':
      return <CptsListPage />;
    case 'cpts':
      return <CptsPage key={route.id} id={route.id} />;
    case 'coverage':
      return <CoveragePage />;
    case 'directory':
      return <DirectoryPage />;
    case 'professional':
      return <ProfessionalPage key={route.id} id={route.id} />;
    case 'structure':
      return <StructurePage key={route.finess} finess={route.finess} />;
    case 'memberships':
      return <MembershipsPage key={route.cptsId} cptsId={route.cptsId} />;
    case 'mt-queue':
      return <MtQueuePage key={route.cptsId} cptsId={route.cptsId} />;
    case 'mt-request':
      return <MtRequestPage key={`${route.cptsId}/${route.requestId}`} cptsId={route.cptsId} requestId={route.requestId} />;
    case 'mt-allocation':
      return <MtAllocationPage key={route.cptsId} cptsId={route.cptsId} />;
    case 'mt-census':
      return <MtCensusPage key={route.cptsId} cptsId={route.cptsId} />;
    case 'mt-indicators':
      return <MtIndicatorsPage key={route.cptsId} cptsId={route.cptsId} />;
    case 'snp-queue':
      return <SnpQueuePage key={route.cptsId} cptsId={route.cptsId} />;
    case 'snp-request':
      return <SnpRequestPage key={`${route.cptsId}/${route.requestId}`} cptsId={route.cptsId} requestId={route.requestId} />;
    case 'snp-planning':
      return <SnpPlanningPage key={route.cptsId} cptsId={route.cptsId} />;
    case 'snp-resources':
      return <SnpResourcesPage key={route.cptsId} cptsId={route.cptsId} />;
    case 'snp-indicators':
      return <SnpIndicatorsPage key={route.cptsId} cptsId={route.cptsId} />;
    case 'snp-public':
      return <SnpPublicPage key={route.cptsId} cptsId={route.cptsId} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

export function App() {
  const route = useRoute();

  // Who is signed in, once per page load (public pages do not wait for it).
  useEffect(() => {
    void refreshSession();
  }, []);

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
      <Header actions={<UserMenu route={route} />} />
      <main id="contenu" class="site-main" tabIndex={-1}>
        <Page route={route} />
      </main>
      <Footer />
    </>
  );
}
