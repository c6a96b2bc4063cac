import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';

import { SessionProvider } from './auth/session';
import { Layout } from './components/Layout';
import { Loading, NotFound } from './components/states';
import { I18nProvider } from './i18n';
import { SearchPage } from './search/SearchPage';

// The start page loads with the application; every other page, and the chain picture above all, per route.
const CompanyPage = lazy(() => import('./companies/CompanyPage'));
const FitPage = lazy(() => import('./fit/FitPage'));
const RolePage = lazy(() => import('./roles/RolePage'));
const ConsortiaPage = lazy(() => import('./roles/ConsortiaPage'));
const RoleEditorPage = lazy(() => import('./roles/RoleEditorPage'));
const GapsPage = lazy(() => import('./gaps/GapsPage'));
const ChainsIndexPage = lazy(() => import('./chains/ChainsIndexPage'));
const ChainPage = lazy(() => import('./chains/ChainPage'));
const SelfAssessmentPage = lazy(() => import('./readiness/SelfAssessmentPage'));
const WorklistPage = lazy(() => import('./readiness/WorklistPage'));
const ReviewPage = lazy(() => import('./readiness/ReviewPage'));
const ImportsPage = lazy(() => import('./imports/ImportsPage'));
const AnalysesPage = lazy(() => import('./analyses/AnalysesPage'));
const AnalysisPage = lazy(() => import('./analyses/AnalysisPage'));
const MapPage = lazy(() => import('./map/MapPage'));
const ConcentrationPage = lazy(() => import('./concentration/ConcentrationPage'));
const QueryPage = lazy(() => import('./query/QueryPage'));
const ExplorePage = lazy(() => import('./explore/ExplorePage'));
const ConfirmationsPage = lazy(() => import('./confirmations/ConfirmationsPage'));

export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <SessionProvider>
          <Layout>
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/" element={<SearchPage />} />
                <Route path="/companies/:id" element={<CompanyPage />} />
                <Route path="/companies/:id/fit" element={<FitPage />} />
                <Route path="/companies/:id/readiness" element={<SelfAssessmentPage />} />
                <Route path="/readiness" element={<WorklistPage />} />
                <Route path="/readiness/:assessmentId" element={<ReviewPage />} />
                <Route path="/imports" element={<ImportsPage />} />
                <Route path="/confirmations" element={<ConfirmationsPage />} />
                <Route path="/analyses" element={<AnalysesPage />} />
                <Route path="/analyses/:name" element={<AnalysisPage />} />
                <Route path="/map" element={<MapPage />} />
                <Route path="/concentration" element={<ConcentrationPage />} />
                <Route path="/roles/new" element={<RoleEditorPage />} />
                <Route path="/roles/:id" element={<RolePage />} />
                <Route path="/roles/:id/edit" element={<RoleEditorPage />} />
                <Route path="/roles/:id/consortia" element={<ConsortiaPage />} />
                <Route path="/gaps" element={<GapsPage />} />
                <Route path="/chains" element={<ChainsIndexPage />} />
                <Route path="/chains/prime/:companyId" element={<ChainPage />} />
                <Route path="/chains/:programId" element={<ChainPage />} />
                <Route path="/query" element={<QueryPage />} />
                <Route path="/explore" element={<ExplorePage />} />
                <Route path="*" element={<NotFound />} />
              </Routes>
            </Suspense>
          </Layout>
        </SessionProvider>
      </BrowserRouter>
    </I18nProvider>
  );
}
