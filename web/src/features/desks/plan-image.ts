import { useEffect, useState } from 'react';
import { refreshAccessToken, sessionStore } from '../../app/session-store';

/**
 * fetch() with the session's bearer token, for the API's plain HTTP routes (floor-plan images): on
 * an expired token it refreshes once and tries again, as the GraphQL link does.
 */
export async function authorizedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | null) =>
    fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  const res = await send(sessionStore.token());
  if (res.status !== 401) return res;
  const token = await refreshAccessToken();
  return token ? send(token) : res;
}

/**
 * A floor's plan image as an object URL for an SVG <image>: it is fetched with the bearer token (an
 * <img src> cannot send one). Drawn as an image, an SVG can run no script and load nothing.
 */
export function usePlanImage(url: string | null | undefined): string | null {
  const [loaded, setLoaded] = useState<{ url: string; src: string } | null>(null);
  useEffect(() => {
    if (!url) return;
    let objectUrl: string | undefined;
    let alive = true;
    void authorizedFetch(url)
      .then((res) => (res.ok ? res.blob() : null))
      .then((blob) => {
        if (!blob || !alive) return;
        objectUrl = URL.createObjectURL(blob);
        setLoaded({ url, src: objectUrl });
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  return url && loaded?.url === url ? loaded.src : null;
}
