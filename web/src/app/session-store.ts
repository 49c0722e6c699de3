/**
 * The access token lives in memory only; the refresh token is an httpOnly cookie the browser
 * sends to /graphql. Links read the token from here; the session provider writes it.
 */
type Listener = (reason: 'expired') => void;

let accessToken: string | null = null;
const expiredListeners = new Set<Listener>();

export const sessionStore = {
  token: () => accessToken,
  setToken(token: string | null) {
    accessToken = token;
  },
  onExpired(listener: Listener): () => void {
    expiredListeners.add(listener);
    return () => expiredListeners.delete(listener);
  },
  expire() {
    accessToken = null;
    for (const l of expiredListeners) l('expired');
  },
};

const REFRESH = `mutation Refresh { refreshSession { accessToken user { id } } }`;

let inFlight: Promise<string | null> | null = null;

/**
 * Trades the refresh cookie for a new access token; null when there is no valid session. One
 * refresh at a time, across tabs too (Web Locks): the server treats a second use of the same
 * refresh token as theft and ends the session.
 */
export function refreshAccessToken(): Promise<string | null> {
  inFlight ??= (navigator.locks ? navigator.locks.request('plekwijzer-refresh', refreshOnce) : refreshOnce()).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function refreshOnce(): Promise<string | null> {
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REFRESH }),
    });
    const body = (await res.json()) as { data?: { refreshSession?: { accessToken: string } } };
    const token = body.data?.refreshSession?.accessToken ?? null;
    sessionStore.setToken(token);
    return token;
  } catch {
    return null;
  }
}
