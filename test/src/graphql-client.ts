export type GraphqlError = {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    reason?: string;
    params?: Record<string, unknown>;
    fieldErrors?: { field: string; reason: string; message: string }[];
  };
};

export type GraphqlResponse<T> = { status: number; data?: T | null; errors?: GraphqlError[] };

/** A GraphQL-over-HTTP client as a browser would be: JSON POST, bearer token. */
export class GraphqlClient {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  withToken(token: string | undefined): GraphqlClient {
    return new GraphqlClient(this.url, token);
  }

  async request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: { data?: T; errors?: GraphqlError[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`non-JSON response ${res.status}: ${text.slice(0, 200)}`);
    }
    return { status: res.status, ...body };
  }

  /** The data of a request that must succeed; the errors in the thrown message otherwise. */
  async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors ?? res)}`);
    return res.data;
  }

  /** The first error of a request that must fail. */
  async error(query: string, variables?: Record<string, unknown>): Promise<GraphqlError & { data?: unknown }> {
    const res = await this.request(query, variables);
    const first = res.errors?.[0];
    if (!first) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
    return { ...first, data: res.data };
  }
}
