import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
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
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

/** Signed out: the login page; signed in: the app. */
function Gate() {
  const session = useSession();
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
