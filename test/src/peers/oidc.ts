import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type Provider from 'oidc-provider';

/** Claims the provider gives a person (besides `sub`), as an Entra ID tenant would. */
export type PeerAccount = {
  email?: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  preferred_username?: string;
  groups?: string[];
  department?: string;
};

const PEER_CLIENT_ID = 'plekwijzer';
const PEER_CLIENT_SECRET = 'plekwijzer-test-client-secret';

/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1 for tests. Its interaction step is
 * programmatic: whoever `nextSignIn` names signs in (and consents) as soon as the provider asks,
 * or cancels when it is `'cancel'`. The client `plekwijzer` may redirect to any loopback address,
 * so it fits a test API on any port.
 */
export class TestOidcProvider {
  readonly accounts = new Map<string, PeerAccount>();
  /** The account (sub) that signs in at the next interaction, or 'cancel' to stop there. */
  nextSignIn: string | undefined;
  private provider!: Provider;

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
  ) {}

  static async start(): Promise<TestOidcProvider> {
    let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
    const server = createServer((req, res) => handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const peer = new TestOidcProvider(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    // loaded on first use: every test file imports the kit, few need a provider (and it warns on Node 20)
    peer.configure((await import('oidc-provider')).default);
    const callback = peer.provider.callback();
    handle = (req, res) => {
      if (req.url?.startsWith('/interaction/')) void peer.interact(req, res);
      else callback(req, res);
    };
    return peer;
  }

  /** The environment a test API needs to sign in here. */
  get env(): Record<string, string> {
    return {
      OIDC_ISSUER: this.issuer,
      OIDC_CLIENT_ID: PEER_CLIENT_ID,
      OIDC_CLIENT_SECRET: PEER_CLIENT_SECRET,
      OIDC_SCOPES: 'openid profile email',
    };
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private configure(OidcProvider: typeof Provider): void {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.provider = new OidcProvider(this.issuer, {
      clients: [
        {
          client_id: PEER_CLIENT_ID,
          client_secret: PEER_CLIENT_SECRET,
          redirect_uris: ['http://127.0.0.1/auth/oidc/callback'],
          post_logout_redirect_uris: ['http://127.0.0.1/'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), alg: 'RS256', use: 'sig', kid: 'test' }] },
      cookies: { keys: ['test-provider-cookie-key'] },
      ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Grant: 600, Interaction: 600, Session: 600 },
      claims: {
        openid: ['sub'],
        email: ['email', 'email_verified'],
        profile: ['name', 'given_name', 'family_name', 'preferred_username', 'groups', 'department'],
      },
      // like Entra ID: the claims of the granted scopes are in the ID token too
      conformIdTokenClaims: false,
      features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
      interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
      findAccount: (_ctx: unknown, sub: string) => {
        const account = this.accounts.get(sub);
        return account && { accountId: sub, claims: () => ({ sub, ...account }) };
      },
    });
    const loopback = (value: string) => new URL(value).hostname === '127.0.0.1';
    this.provider.Client.prototype.redirectUriAllowed = loopback;
    this.provider.Client.prototype.postLogoutRedirectUriAllowed = loopback;
  }

  /** Login, then consent to what the client asked, for `nextSignIn`. */
  private async interact(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const details = await this.provider.interactionDetails(req, res);
      const who = this.nextSignIn;
      if (!who || who === 'cancel') {
        await this.provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'cancelled' });
        return;
      }
      if (details.prompt.name === 'login') {
        await this.provider.interactionFinished(req, res, { login: { accountId: who } }, { mergeWithLastSubmission: false });
        return;
      }
      const grant = new this.provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id });
      const missing = details.prompt.details;
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      const grantId = await grant.save();
      await this.provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    }
  }
}
