import type { RequestWithViewer } from '../auth/decorators.js';
import type { CookieResponse } from '../auth/session-cookie.js';

/** What every resolver's context holds: the request (the guard puts the viewer on it) and, over HTTP, the response. */
export type GraphqlContext = { req: RequestWithViewer; res?: CookieResponse };

export function graphqlContext({ req, res }: { req: RequestWithViewer; res?: CookieResponse }): GraphqlContext {
  return { req, res };
}
