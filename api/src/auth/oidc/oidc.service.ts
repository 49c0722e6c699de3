import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import * as oidc from 'openid-client';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import type { OidcConfig } from '../../config/integrations.config.js';
import type { IssuedSession } from '../sessions.service.js';
import { SessionsService } from '../sessions.service.js';
import { mapClaims } from './oidc-claims.js';
import type { SignInAttempt } from './oidc-attempt-cookie.js';
import { OidcUsersService } from './oidc-users.service.js';

export const CALLBACK_PATH = '/auth/oidc/callback';
/** After a failed discovery, sign-in attempts wait this long before the provider is asked again. */
const RETRY_DISCOVERY_MS = 30_000;

export type OidcHealth = {
  configured: boolean;
  /** Null until the provider was asked. */
  available: boolean | null;
  checkedAt: Date | null;
  /** For administrators: what went wrong, in words that point at the setting to fix. */
  lastError: string | null;
  endSessionSupported: boolean;
  lastSignInAt: Date | null;
  /** A sign-in the configuration made fail (e.g. the client was refused), until the next one succeeds. */
  lastSignInError: string | null;
  lastSignInErrorAt: Date | null;
};

/**
 * Sign-in with the organisation's OpenID Connect provider (Entra ID, Keycloak, …): authorisation
 * code flow with PKCE (S256), state and nonce, the issuer checked in discovery, in the ID token and
 * in the `iss` answer parameter. Discovery runs at start-up without holding it up; while the
 * provider is unreachable, sign-in answers AUTH_OIDC_UNAVAILABLE and `oidcStatus` tells an
 * administrator why.
 */
@Injectable()
export class OidcService implements OnApplicationBootstrap {
  private readonly logger = new Logger('OIDC');
  private readonly settings: OidcConfig | undefined;
  private discovered: oidc.Configuration | undefined;
  private discovering: Promise<oidc.Configuration | undefined> | undefined;
  private health: OidcHealth;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: OidcUsersService,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
  ) {
    this.settings = config.oidc;
    this.health = {
      configured: !!this.settings,
      available: null,
      checkedAt: null,
      lastError: null,
      endSessionSupported: false,
      lastSignInAt: null,
      lastSignInError: null,
      lastSignInErrorAt: null,
    };
  }

  get enabled(): boolean {
    return this.settings !== undefined;
  }

  get options(): OidcConfig | undefined {
    return this.settings;
  }

  onApplicationBootstrap(): void {
    if (this.settings) void this.discover();
  }

  /** The provider's state as last seen; `recheck` asks it again now. */
  async status(recheck = false): Promise<OidcHealth> {
    if (!this.settings) return this.health;
    if (recheck) {
      this.discovered = undefined;
      await this.discover();
    } else await this.discovering;
    return this.health;
  }

  /** The provider's authorisation URL for a new attempt, and the attempt to keep in the browser. */
  async begin(returnTo: string, origin: string): Promise<{ url: URL; attempt: SignInAttempt }> {
    const s = this.settings;
    if (!s) throw unavailable('Sign-in with the organisation is not configured');
    const cfg = await this.configuration();
    const attempt: SignInAttempt = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      returnTo,
      redirectUri: s.redirectUri ?? `${this.config.publicUrl?.replace(/\/$/, '') ?? origin}${CALLBACK_PATH}`,
    };
    const url = oidc.buildAuthorizationUrl(cfg, {
      redirect_uri: attempt.redirectUri,
      scope: s.scopes,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(attempt.verifier),
      code_challenge_method: 'S256',
      state: attempt.state,
      nonce: attempt.nonce,
    });
    return { url, attempt };
  }

  /**
   * Checks the provider's answer against the attempt (state, issuer, then the code exchange with
   * the PKCE verifier and the ID token's nonce), provisions the user and starts a session.
   */
  async complete(query: string, attempt: SignInAttempt | undefined, userAgent: string | undefined): Promise<IssuedSession> {
    if (!this.settings) throw unavailable('Sign-in with the organisation is not configured');
    if (!attempt) throw failed('No sign-in attempt in this browser (expired, or started elsewhere)');
    const answer = new URLSearchParams(query);
    const error = answer.get('error');
    if (error) {
      if (error === 'access_denied') throw new DomainError('AUTH_OIDC_CANCELLED', 'Sign-in was cancelled at the provider');
      this.logger.warn(`the provider answered ${error}: ${answer.get('error_description') ?? ''}`);
      throw failed(`The provider answered ${error}`);
    }
    const cfg = await this.configuration();
    const currentUrl = new URL(attempt.redirectUri);
    currentUrl.search = answer.toString();
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(cfg, currentUrl, {
        pkceCodeVerifier: attempt.verifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims()!;
      claims = { ...(await this.userinfo(cfg, tokens.access_token, idClaims.sub)), ...idClaims };
    } catch (err) {
      throw this.explain(err, 'sign-in');
    }
    const mapped = mapClaims(claims, this.settings);
    if (mapped === 'NO_EMAIL') {
      this.logger.warn(`no e-mail address in the claims (looked at ${this.settings.emailClaim}, preferred_username, upn)`);
      throw new DomainError('AUTH_OIDC_NO_ACCESS', 'The provider did not say who you are (no e-mail address)');
    }
    if (mapped === 'NO_ROLE') {
      this.logger.log(`refused sign-in of ${String(claims.sub)}: no role from ${this.settings.roleClaim} and no OIDC_DEFAULT_ROLES`);
      throw new DomainError('AUTH_OIDC_NO_ACCESS', 'Your account has no access to Plekwijzer');
    }
    const userId = await this.users.provision(String(claims.iss), String(claims.sub), mapped);
    const session = await this.sessions.start(userId, userAgent, 'OIDC');
    this.health = { ...this.health, lastSignInAt: this.clock.now(), lastSignInError: null, lastSignInErrorAt: null };
    return session;
  }

  /** Where to send the browser to end the provider's session too; undefined when it offers no end_session_endpoint. */
  async endSessionUrl(origin: string): Promise<string | undefined> {
    const s = this.settings;
    if (!s) return undefined;
    let cfg: oidc.Configuration;
    try {
      cfg = await this.configuration();
    } catch {
      return undefined;
    }
    if (!cfg.serverMetadata().end_session_endpoint) return undefined;
    const base = this.config.publicUrl?.replace(/\/$/, '') ?? (s.redirectUri ? new URL(s.redirectUri).origin : origin);
    return oidc.buildEndSessionUrl(cfg, { client_id: s.clientId, post_logout_redirect_uri: s.postLogoutRedirectUri ?? `${base}/` }).href;
  }

  private async configuration(): Promise<oidc.Configuration> {
    if (this.discovered) return this.discovered;
    const recent = this.health.checkedAt && this.clock.now().getTime() - this.health.checkedAt.getTime() < RETRY_DISCOVERY_MS;
    const cfg = this.health.available === false && recent && !this.discovering ? undefined : await this.discover();
    if (!cfg) throw unavailable(this.health.lastError ?? 'The identity provider is not available');
    return cfg;
  }

  private discover(): Promise<oidc.Configuration | undefined> {
    this.discovering ??= this.runDiscovery().finally(() => (this.discovering = undefined));
    return this.discovering;
  }

  private async runDiscovery(): Promise<oidc.Configuration | undefined> {
    const s = this.settings!;
    try {
      const auth =
        s.clientSecret === undefined
          ? oidc.None()
          : s.clientAuth === 'client_secret_basic'
            ? oidc.ClientSecretBasic(s.clientSecret)
            : oidc.ClientSecretPost(s.clientSecret);
      const cfg = await oidc.discovery(new URL(s.issuer), s.clientId, undefined, auth, {
        timeout: s.timeoutSeconds,
        execute: s.allowInsecure ? [oidc.allowInsecureRequests] : [],
      });
      this.discovered = cfg;
      const recovered = this.health.available === false;
      this.health = {
        ...this.health,
        configured: true,
        available: true,
        checkedAt: this.clock.now(),
        lastError: null,
        endSessionSupported: !!cfg.serverMetadata().end_session_endpoint,
      };
      this.logger.log(`${recovered ? 'identity provider reachable again' : 'identity provider ready'}: ${s.issuer}`);
      return cfg;
    } catch (err) {
      this.explain(err, 'discovery');
      return undefined;
    }
  }

  /** Userinfo adds what the ID token leaves out; a provider whose userinfo refuses us still signs people in on the ID token. */
  private async userinfo(cfg: oidc.Configuration, accessToken: string, sub: string): Promise<Record<string, unknown>> {
    if (!cfg.serverMetadata().userinfo_endpoint || !accessToken) return {};
    try {
      return await oidc.fetchUserInfo(cfg, accessToken, sub);
    } catch (err) {
      this.logger.warn(`userinfo not used: ${err instanceof Error ? err.message : String(err)}`);
      return {};
    }
  }

  /**
   * Logs what went wrong for the administrator (and keeps it for oidcStatus when it is the
   * configuration's fault) and returns the coded error the person gets.
   */
  private explain(err: unknown, during: 'discovery' | 'sign-in'): DomainError {
    const s = this.settings!;
    const e = err as { code?: string; error?: string; error_description?: string; message?: string };
    if (e.error === 'invalid_client' || e.error === 'unauthorized_client') {
      const message = `The provider refused the client (${e.error}): check OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_CLIENT_AUTH.`;
      this.health = { ...this.health, lastSignInError: message, lastSignInErrorAt: this.clock.now() };
      this.logger.error(`OpenID Connect ${during}: ${message}`);
      return unavailable(message);
    }
    if (e.error === 'invalid_grant') {
      this.logger.warn(`sign-in refused by the provider (invalid_grant): ${e.error_description ?? ''}`);
      return failed('The sign-in code was refused');
    }
    const network = networkProblem(err);
    let admin: string | undefined;
    if (network) {
      admin = `Could not reach the identity provider at ${s.issuer} (${network}).`;
    } else if (e.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || e.code === 'OAUTH_RESPONSE_IS_NOT_JSON') {
      admin = `${s.issuer} does not answer as an OpenID Connect provider (${e.message ?? e.code}): check OIDC_ISSUER.`;
    } else if (during === 'discovery' && e.code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') {
      admin = `The provider at ${s.issuer} names a different issuer in its discovery document: set OIDC_ISSUER to exactly its issuer.`;
    } else if (during === 'discovery') {
      admin = `Discovery at ${s.issuer} failed: ${e.error ?? e.code ?? ''} ${innermostMessage(err)}`.replace(/\s+/g, ' ');
    }
    if (admin) {
      this.health = { ...this.health, configured: true, available: false, checkedAt: this.clock.now(), lastError: admin };
      this.discovered = undefined;
      this.logger.error(`OpenID Connect ${during}: ${admin}`);
      return unavailable(admin);
    }
    // state, nonce, issuer or signature did not check out: this attempt is refused, the configuration is fine
    this.logger.warn(`sign-in answer refused (${e.error ?? e.code ?? 'error'}): ${innermostMessage(err)}`);
    return failed('The answer of the provider did not check out');
  }
}

/** The errors (and their causes) openid-client and fetch throw, outermost first. */
function causes(err: unknown): { code?: unknown; name?: unknown; message?: unknown }[] {
  const chain: { code?: unknown; name?: unknown; message?: unknown; cause?: unknown }[] = [];
  for (let e = err; e && typeof e === 'object' && chain.length < 6; e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}

/** A refused connection, an unknown host or a timeout, named by its code; undefined for anything else. */
function networkProblem(err: unknown): string | undefined {
  for (const c of causes(err)) {
    if (typeof c.code === 'string' && /^(E[A-Z]{3,}|UND_ERR_[A-Z_]+)$/.test(c.code)) {
      return typeof c.message === 'string' && c.message ? `${c.code}: ${c.message}` : c.code;
    }
    if (c.name === 'TimeoutError' || c.name === 'AbortError') return 'no answer in time: check OIDC_TIMEOUT_SECONDS';
  }
  return causes(err).some((c) => c.message === 'fetch failed') ? 'network error' : undefined;
}

function innermostMessage(err: unknown): string {
  const messages = causes(err)
    .map((c) => c.message)
    .filter((m): m is string => typeof m === 'string' && m !== 'something went wrong');
  return messages[0] ?? String(err);
}

function unavailable(message: string): DomainError {
  return new DomainError('AUTH_OIDC_UNAVAILABLE', message);
}

function failed(message: string): DomainError {
  return new DomainError('AUTH_OIDC_FAILED', message);
}
