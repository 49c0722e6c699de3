import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while handling a request should carry. */
export type RequestContext = { requestId: string };

export const requestContext = new AsyncLocalStorage<RequestContext>();
