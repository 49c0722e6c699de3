import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { toUserModel } from '../modules/people/people.mapper.js';
import { PeopleService } from '../modules/people/people.service.js';
import { UserModel } from '../modules/people/user.model.js';
import { AuthPayloadModel, LoginInput } from './auth.models.js';
import { AuthService } from './auth.service.js';
import { CurrentViewer, Public } from './decorators.js';
import type { Viewer } from './viewer.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Sign in with e-mail and password' })
  async login(@Args('input') input: LoginInput): Promise<AuthPayloadModel> {
    const { accessToken, expiresAt, user } = await this.auth.login(input.email, input.password);
    return { accessToken, expiresAt, user: toUserModel(user) };
  }

  @Query(() => UserModel, { description: 'The signed-in user' })
  async me(@CurrentViewer() viewer: Viewer): Promise<UserModel> {
    return toUserModel(await this.people.me(viewer));
  }
}
