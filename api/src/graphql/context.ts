import type { IncomingMessage } from 'node:http';
import type { RequestWithViewer } from '../auth/decorators.js';
import type { CookieResponse } from '../auth/session-cookie.js';

/** What every resolver's context holds: the request (the guard puts the viewer on it) and, over HTTP, the response. */
export type GraphqlContext = { req: RequestWithViewer; res?: CookieResponse };

type HttpArgs = { req: RequestWithViewer; res: CookieResponse };
/** The part of graphql-ws's connection context we read. */
type WebsocketArgs = { connectionParams?: Readonly<Record<string, unknown>>; extra?: { request?: IncomingMessage } };

/** Builds the context for an operation over HTTP (Apollo) or over the websocket (graphql-ws, once per operation). */
export function graphqlContext(args: HttpArgs | WebsocketArgs): GraphqlContext {
  if ('req' in args) return { req: args.req, res: args.res };
  return { req: websocketRequest(args) };
}

/**
 * A request-like object for the global guard: browsers cannot set headers on a websocket, so the
 * bearer token arrives in graphql-ws's connectionParams and is put where the guard reads it.
 */
function websocketRequest({ connectionParams = {}, extra }: WebsocketArgs): RequestWithViewer {
  const authorization = connectionParams.authorization ?? connectionParams.Authorization;
  return {
    headers: {
      authorization: typeof authorization === 'string' ? authorization : undefined,
      'user-agent': extra?.request?.headers['user-agent'],
    },
  };
}
