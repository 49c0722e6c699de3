import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LocaleEnum } from '../graphql/enums.js';
import type { GraphqlContext } from '../graphql/context.js';
import { toUserModel } from '../modules/people/people.mapper.js';
import { PeopleService } from '../modules/people/people.service.js';
import { UserModel } from '../modules/people/user.model.js';
import { AuthPayloadModel, ChangePasswordInput, LoginInput } from './auth.models.js';
import { AuthService, type SignedIn } from './auth.service.js';
import { CurrentViewer, Public } from './decorators.js';
import { SessionCookie } from './session-cookie.js';
import type { Viewer } from './viewer.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleService,
    private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Sign in with e-mail and password; also sets the refresh cookie' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GraphqlContext): Promise<AuthPayloadModel> {
    return this.answer(ctx, await this.auth.login(input.email, input.password, userAgent(ctx), ctx.req.ip ?? 'unknown'));
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'A fresh access token for the refresh cookie, which is replaced by a new one (after a reload, or before expiry)',
  })
  async refreshSession(@Context() ctx: GraphqlContext): Promise<AuthPayloadModel> {
    return this.answer(ctx, await this.auth.refresh(this.cookie.read(ctx.req), userAgent(ctx)));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session of the refresh cookie and clears it; always true' })
  async logout(@Context() ctx: GraphqlContext): Promise<boolean> {
    await this.auth.logout(this.cookie.read(ctx.req));
    this.cookie.clear(ctx.res);
    return true;
  }

  @Mutation(() => AuthPayloadModel, {
    description: 'Changes your password: every session and access token of yours ends, and this browser is signed in anew',
  })
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangePasswordInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayloadModel> {
    return this.answer(ctx, await this.auth.changePassword(viewer.id, input.currentPassword, input.newPassword, userAgent(ctx)));
  }

  @Query(() => UserModel, { description: 'The signed-in user' })
  async me(@CurrentViewer() viewer: Viewer): Promise<UserModel> {
    return toUserModel(await this.people.me(viewer));
  }

  @Mutation(() => UserModel, { description: 'The signed-in user’s language for e-mails and calendar invites' })
  async setMyLocale(
    @CurrentViewer() viewer: Viewer,
    @Args('locale', { type: () => LocaleEnum }) locale: 'nl-BE' | 'en',
  ): Promise<UserModel> {
    return toUserModel(await this.people.setOwnLocale(viewer, locale));
  }

  private answer(ctx: GraphqlContext, signedIn: SignedIn): AuthPayloadModel {
    this.cookie.set(ctx.res, signedIn.session);
    return { accessToken: signedIn.accessToken, expiresAt: signedIn.expiresAt, user: toUserModel(signedIn.user) };
  }
}

function userAgent(ctx: GraphqlContext): string | undefined {
  const ua = ctx.req.headers['user-agent'];
  return typeof ua === 'string' ? ua : undefined;
}
