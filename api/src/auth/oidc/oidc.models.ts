import { Field, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../../graphql/enums.js';
import type { Role } from '../roles.js';

@ObjectType('OidcRoleMapping')
export class OidcRoleMappingModel {
  @Field({ description: 'A value of the role claim (a group or app role)' }) claimValue!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
}

@ObjectType('OidcStatus', { description: 'Sign-in with the organisation’s identity provider, for administrators' })
export class OidcStatusModel {
  @Field({ description: 'OIDC_ISSUER is set' }) configured!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'The provider answered discovery; null when not asked yet' })
  available!: boolean | null;
  @Field(() => Date, { nullable: true }) checkedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the provider is not available, pointing at the setting to fix' })
  lastError!: string | null;
  @Field(() => String, { nullable: true, description: 'The latest sign-in the configuration made fail, until one succeeds' })
  lastSignInError!: string | null;
  @Field(() => Date, { nullable: true }) lastSignInErrorAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastSignInAt!: Date | null;
  @Field({ description: 'The provider offers an end_session_endpoint: signing out ends its session too' }) endSessionSupported!: boolean;
  @Field(() => String, { nullable: true }) issuer!: string | null;
  @Field(() => String, { nullable: true }) clientId!: string | null;
  @Field(() => String, { nullable: true, description: 'Null: PUBLIC_URL + /auth/oidc/callback (or the address in use)' })
  redirectUri!: string | null;
  @Field(() => String, { nullable: true }) scopes!: string | null;
  @Field(() => String, { nullable: true }) roleClaim!: string | null;
  @Field(() => [OidcRoleMappingModel]) roleMappings!: OidcRoleMappingModel[];
  @Field(() => [RoleEnum], { description: 'Roles of someone no mapping applies to; empty: they may not sign in' }) defaultRoles!: Role[];
  @Field(() => String, { nullable: true }) departmentClaim!: string | null;
  @Field(() => String, { nullable: true }) emailClaim!: string | null;
  @Field(() => [RoleEnum], { description: 'Roles that may still sign in with e-mail and password (LOCAL_LOGIN_ROLES)' })
  localLoginRoles!: Role[];
}

@ObjectType('SignOutPayload')
export class SignOutPayloadModel {
  @Field(() => String, {
    nullable: true,
    description: 'For a sign-in at the identity provider: send the browser here to end that session too (RP-initiated logout)',
  })
  endSessionUrl!: string | null;
}
