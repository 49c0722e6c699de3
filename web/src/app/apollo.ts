import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { from, Observable, switchMap } from 'rxjs';
import { refreshAccessToken, sessionStore } from './session-store';

const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

const wsUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
export const wsClient = createClient({
  url: wsUrl,
  lazy: true,
  retryAttempts: Infinity,
  connectionParams: () => {
    const token = sessionStore.token();
    return token ? { authorization: `Bearer ${token}` } : {};
  },
});

const authLink = new SetContextLink((prev) => {
  const token = sessionStore.token();
  const headers = prev.headers as Record<string, string> | undefined;
  return token ? { headers: { ...headers, authorization: `Bearer ${token}` } } : {};
});

/**
 * The one place that reacts to `extensions.code`: an expired access token is refreshed once and
 * the operation retried; any other authentication failure ends the session.
 */
const errorLink = new ErrorLink(({ error, operation, forward }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const codes = error.errors.map((e) => (e.extensions as { code?: string; reason?: string } | undefined) ?? {});
  // a wrong password typed into a form says nothing about the session: no refresh, no sign-out
  if (!codes.some((c) => c.code === 'UNAUTHENTICATED' && c.reason !== 'AUTH_INVALID_CREDENTIALS')) return;
  if (operation.getContext().retriedAfterRefresh || operation.operationName === 'Login') {
    if (operation.operationName !== 'Login') sessionStore.expire();
    return;
  }
  return from(refreshAccessToken()).pipe(
    switchMap((token) => {
      if (!token) {
        sessionStore.expire();
        return new Observable<ApolloLink.Result>((o) => o.error(error));
      }
      wsClient.terminate(); // reconnect subscriptions with the new token
      operation.setContext({ retriedAfterRefresh: true });
      return forward(operation);
    }),
  );
});

const transport = ApolloLink.split(
  ({ query }) => {
    const def = getMainDefinition(query);
    return def.kind === Kind.OPERATION_DEFINITION && def.operation === OperationTypeNode.SUBSCRIPTION;
  },
  new GraphQLWsLink(wsClient),
  ApolloLink.from([authLink, httpLink]),
);

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([errorLink, transport]),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
