import { Field, ObjectType } from '@nestjs/graphql';
import type { Role } from '../auth/roles.js';
import { RoleEnum } from '../graphql/enums.js';

@ObjectType('DemoAccount')
export class DemoAccountModel {
  @Field() email!: string;
  @Field(() => RoleEnum) role!: Role;
}

@ObjectType('AppInfo', { description: 'What the sign-in page needs to know before anyone has signed in' })
export class AppInfoModel {
  @Field({ description: 'True when this installation runs with the fictional demo municipality' }) demoMode!: boolean;
  @Field(() => [DemoAccountModel], { description: 'One account per role; empty unless demoMode' }) demoAccounts!: DemoAccountModel[];
  @Field(() => String, { nullable: true, description: 'The password of every demo account; null unless demoMode' })
  demoPassword!: string | null;
  @Field({ description: 'The version of the API' }) version!: string;
  @Field({ description: 'Sign-in with the organisation’s identity provider is configured: GET /auth/oidc/login starts it' })
  oidcEnabled!: boolean;
  @Field(() => String, { nullable: true, description: 'What the sign-in button calls the organisation’s account (OIDC_LABEL)' })
  oidcLabel!: string | null;
  @Field(() => [RoleEnum], { description: 'Roles that may sign in with e-mail and password' })
  passwordSignInRoles!: Role[];
}
