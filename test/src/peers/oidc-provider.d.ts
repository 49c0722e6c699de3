// oidc-provider ships no type declarations; the test peer uses a small part of it.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type AnyObject = Record<string, any>;

  export class Provider {
    constructor(issuer: string, configuration?: AnyObject);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    Client: { prototype: AnyObject };
    Grant: new (opts: { clientId: string; accountId: string }) => AnyObject;
    on(event: string, listener: (...args: any[]) => void): this;
    proxy: boolean;
  }
  export default Provider;
}
