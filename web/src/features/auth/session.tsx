import { useApolloClient, useMutation } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../../gql';
import type { MeQuery } from '../../gql/graphql';
import { refreshAccessToken, sessionStore } from '../../app/session-store';

export type SessionUser = MeQuery['me'];

type SessionState = { status: 'loading' } | { status: 'signedOut'; reason?: 'expired' } | { status: 'signedIn'; user: SessionUser };

type Session = SessionState & {
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
};

export const ME = graphql(`
  query Me {
    me {
      id
      email
      displayName
      roles
      locale
      department {
        id
        name
      }
    }
  }
`);

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
  }
`);

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut {
      endSessionUrl
    }
  }
`);

const SessionContext = createContext<Session | null>(null);

/** Restores the session from the refresh cookie on load, and ends it when the API says it is over. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [login] = useMutation(LOGIN);
  const [logout] = useMutation(SIGN_OUT);

  const loadMe = useCallback(async () => {
    const { data } = await client.query({ query: ME, fetchPolicy: 'network-only' });
    if (data) setState({ status: 'signedIn', user: data.me });
  }, [client]);

  useEffect(() => {
    let alive = true;
    void refreshAccessToken().then(async (token) => {
      if (!alive) return;
      if (token) await loadMe().catch(() => setState({ status: 'signedOut' }));
      else setState({ status: 'signedOut' });
    });
    const stop = sessionStore.onExpired(() => {
      void client.clearStore();
      setState({ status: 'signedOut', reason: 'expired' });
    });
    return () => {
      alive = false;
      stop();
    };
  }, [client, loadMe]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { data } = await login({ variables: { input: { email, password } } });
      sessionStore.setToken(data?.login.accessToken ?? null);
      await loadMe();
    },
    [login, loadMe],
  );

  const signOut = useCallback(async () => {
    const { data } = await logout().catch(() => ({ data: undefined }));
    sessionStore.setToken(null);
    await client.clearStore();
    setState({ status: 'signedOut' });
    // signed in at the organisation's identity provider: end that session too
    const endSessionUrl = data?.signOut.endSessionUrl;
    if (endSessionUrl) window.location.assign(endSessionUrl);
  }, [client, logout]);

  const value = useMemo(() => ({ ...state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for pages behind the sign-in gate. */
export function useViewer(): SessionUser {
  const session = useSession();
  if (session.status !== 'signedIn') throw new Error('useViewer while signed out');
  return session.user;
}
