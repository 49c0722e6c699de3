import { Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import type { GraphqlContext } from '../../graphql/context.js';
import { AuthService } from '../auth.service.js';
import { Public, Roles } from '../decorators.js';
import { SessionCookie } from '../session-cookie.js';
import { OidcStatusModel, SignOutPayloadModel } from './oidc.models.js';
import { OidcService, type OidcHealth } from './oidc.service.js';

@Resolver()
export class OidcResolver {
  constructor(
    private readonly oidc: OidcService,
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles('ADMIN')
  @Query(() => OidcStatusModel, { description: 'Settings and health of sign-in with the organisation’s identity provider' })
  async oidcStatus(): Promise<OidcStatusModel> {
    return this.model(await this.oidc.status());
  }

  @Roles('ADMIN')
  @Mutation(() => OidcStatusModel, { description: 'Asks the identity provider again now (discovery) and answers its status' })
  async checkOidcProvider(): Promise<OidcStatusModel> {
    return this.model(await this.oidc.status(true));
  }

  @Public()
  @Mutation(() => SignOutPayloadModel, {
    description:
      'Ends the session of the refresh cookie and clears it, like logout; for a sign-in at the provider it also says where to end that one',
  })
  async signOut(@Context() ctx: GraphqlContext): Promise<SignOutPayloadModel> {
    const method = await this.auth.logout(this.cookie.read(ctx.req));
    this.cookie.clear(ctx.res);
    const host = ctx.req.headers.host;
    const origin = `http://${typeof host === 'string' ? host : 'localhost'}`;
    return { endSessionUrl: method === 'OIDC' ? ((await this.oidc.endSessionUrl(origin)) ?? null) : null };
  }

  private model(h: OidcHealth): OidcStatusModel {
    const s = this.oidc.options;
    return {
      ...h,
      issuer: s?.issuer ?? null,
      clientId: s?.clientId ?? null,
      redirectUri: s?.redirectUri ?? (this.config.publicUrl ? `${this.config.publicUrl.replace(/\/$/, '')}/auth/oidc/callback` : null),
      scopes: s?.scopes ?? null,
      roleClaim: s?.roleClaim ?? null,
      roleMappings: s ? [...s.roleMap].map(([claimValue, roles]) => ({ claimValue, roles: [...roles] })) : [],
      defaultRoles: s ? [...s.defaultRoles] : [],
      departmentClaim: s?.departmentClaim ?? null,
      emailClaim: s?.emailClaim ?? null,
      localLoginRoles: [...this.config.localLoginRoles],
    };
  }
}
