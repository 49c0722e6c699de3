// oidc-provider ships no type declarations; the test peer uses a small part of it.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type AnyObject = Record<string, any>;

  export type InteractionDetails = {
    uid: string;
    prompt: { name: string; details: AnyObject };
    params: AnyObject;
    session?: AnyObject;
  };

  export class Provider {
    constructor(issuer: string, configuration?: AnyObject);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: AnyObject, options?: AnyObject): Promise<void>;
    Client: { prototype: AnyObject };
    Grant: new (opts: { clientId: string; accountId: string }) => AnyObject;
    on(event: string, listener: (...args: any[]) => void): this;
    proxy: boolean;
  }
  export default Provider;
}
