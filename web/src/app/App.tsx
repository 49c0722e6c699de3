import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch, useRoute } from 'wouter';
import { SessionProvider, useSession } from '../features/auth/session';
import { apolloClient } from './apollo';
import { AppLayout } from './AppLayout';
import { Spinner } from '../ui/Spinner';
import { startPath } from './nav';
import { cssVariablesResolver, theme } from './theme';

const LoginPage = lazy(() => import('../pages/LoginPage'));
const AgendaPage = lazy(() => import('../pages/AgendaPage'));
const DeskFinderPage = lazy(() => import('../pages/DeskFinderPage'));
const RoomsPage = lazy(() => import('../pages/RoomsPage'));
const ConsultationsPage = lazy(() => import('../pages/ConsultationsPage'));
const ReceptionPage = lazy(() => import('../pages/ReceptionPage'));
const AuditLogPage = lazy(() => import('../pages/AuditLogPage'));
const AdminSitesPage = lazy(() => import('../pages/AdminSitesPage'));
const AdminPlanPage = lazy(() => import('../pages/AdminPlanPage'));
const AdminSpacesPage = lazy(() => import('../pages/AdminSpacesPage'));
const AdminRulesPage = lazy(() => import('../pages/AdminRulesPage'));
const AdminPeoplePage = lazy(() => import('../pages/AdminPeoplePage'));
const AdminChangesPage = lazy(() => import('../pages/AdminChangesPage'));
const PartnerPortalPage = lazy(() => import('../pages/PartnerPortalPage'));
const PartnerRequestPage = lazy(() => import('../pages/PartnerRequestPage'));
const StatementsPage = lazy(() => import('../pages/StatementsPage'));
const StatementPrintPage = lazy(() => import('../pages/StatementPrintPage'));
const ApprovalsPage = lazy(() => import('../pages/ApprovalsPage'));
const OrganisationsPage = lazy(() => import('../pages/OrganisationsPage'));
const OrganisationPage = lazy(() => import('../pages/OrganisationPage'));
const InvitePage = lazy(() => import('../pages/InvitePage'));
const ScanPage = lazy(() => import('../pages/ScanPage'));
const QrCodesPage = lazy(() => import('../pages/QrCodesPage'));
const ReportsPage = lazy(() => import('../pages/ReportsPage'));
const SuccessMeasuresPage = lazy(() => import('../pages/SuccessMeasuresPage'));
const TargetsPage = lazy(() => import('../pages/TargetsPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));
const SettingsPage = lazy(() => import('../pages/SettingsPage'));

/** Signed out: the login page; signed in: the app. */
function Gate() {
  const session = useSession();
  // An invite link works signed out (that is what it is for) and signed in alike.
  const [invite] = useRoute('/uitnodiging/:token');
  if (invite) {
    return (
      <Suspense fallback={<Spinner />}>
        <Route path="/uitnodiging/:token" component={InvitePage} />
      </Suspense>
    );
  }
  if (session.status === 'loading') return <Spinner />;
  if (session.status === 'signedOut') {
    return (
      <Suspense fallback={<Spinner />}>
        <LoginPage expired={session.reason === 'expired'} />
      </Suspense>
    );
  }
  return (
    <AppLayout>
      <Switch>
        <Route path="/">
          <Redirect to={startPath(session.user.roles)} replace />
        </Route>
        <Route path="/agenda" component={AgendaPage} />
        <Route path="/werkplek" component={DeskFinderPage} />
        <Route path="/ruimtes" component={RoomsPage} />
        <Route path="/gesprekken" component={ConsultationsPage} />
        <Route path="/onthaal" component={ReceptionPage} />
        <Route path="/auditlog" component={AuditLogPage} />
        <Route path="/beheer">
          <Redirect to="/beheer/gebouwen" replace />
        </Route>
        <Route path="/beheer/gebouwen" component={AdminSitesPage} />
        <Route path="/beheer/plattegrond" component={AdminPlanPage} />
        <Route path="/beheer/ruimtes" component={AdminSpacesPage} />
        <Route path="/beheer/regels" component={AdminRulesPage} />
        <Route path="/beheer/mensen" component={AdminPeoplePage} />
        <Route path="/beheer/wijzigingen" component={AdminChangesPage} />
        <Route path="/portaal" component={PartnerPortalPage} />
        <Route path="/nieuwe-aanvraag" component={PartnerRequestPage} />
        <Route path="/gebruik" component={StatementsPage} />
        <Route path="/gebruik/:organisationId/:month" component={StatementPrintPage} />
        <Route path="/goedkeuringen" component={ApprovalsPage} />
        <Route path="/organisaties" component={OrganisationsPage} />
        <Route path="/organisaties/:id" component={OrganisationPage} />
        <Route path="/inchecken/:spaceId" component={ScanPage} />
        <Route path="/qr-codes" component={QrCodesPage} />
        <Route path="/rapporten" component={ReportsPage} />
        <Route path="/succesmeting" component={SuccessMeasuresPage} />
        <Route path="/doelen" component={TargetsPage} />
        <Route path="/instellingen" component={SettingsPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </AppLayout>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <ApolloProvider client={apolloClient}>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
