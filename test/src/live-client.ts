import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphqlError } from './graphql-client.js';

export type LiveResult<T> = { data?: T | null; errors?: GraphqlError[] };

/** One running subscription: results queue up until a test takes them. */
export class LiveSubscription<T = Record<string, any>> {
  private readonly queue: LiveResult<T>[] = [];
  private waiting: ((r: LiveResult<T> | undefined) => void) | undefined;
  private ended = false;
  readonly stop: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.stop = client.subscribe<T>(
      { query, variables },
      {
        next: (r) => this.push(r as LiveResult<T>),
        error: (err) => this.push({ errors: Array.isArray(err) ? (err as GraphqlError[]) : [{ message: String(err) }] }),
        complete: () => {
          this.ended = true;
          this.waiting?.(undefined);
        },
      },
    );
  }

  /** Whether the server ended the subscription (after an error, for instance). */
  get completed(): boolean {
    return this.ended;
  }

  /** The next result; fails after `timeoutMs` or when the subscription ends without one. */
  async next(timeoutMs = 5000): Promise<LiveResult<T>> {
    const queued = this.queue.shift();
    if (queued) return queued;
    if (this.ended) throw new Error('the subscription has ended');
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new Error(`no subscription result within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting = (r) => {
        clearTimeout(timer);
        this.waiting = undefined;
        if (r) resolve(r);
        else reject(new Error('the subscription has ended'));
      };
    });
  }

  /** Results received so far and not yet taken. */
  get pending(): number {
    return this.queue.length;
  }

  private push(r: LiveResult<T>): void {
    if (this.waiting) this.waiting(r);
    else this.queue.push(r);
  }
}

/** A graphql-ws client as the web app uses it: one websocket, the bearer token in connectionParams. */
export class LiveClient {
  private readonly client: Client;

  constructor(url: string, token?: string) {
    this.client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
    });
  }

  subscribe<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): LiveSubscription<T> {
    return new LiveSubscription<T>(this.client, query, variables);
  }

  close(): Promise<void> {
    return Promise.resolve(this.client.dispose());
  }
}
