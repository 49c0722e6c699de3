import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AbuseModule } from '../abuse/abuse.module.js';
import { PeopleModule } from '../modules/people/people.module.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { OidcAttemptCookie } from './oidc/oidc-attempt-cookie.js';
import { OidcUsersRepository } from './oidc/oidc-users.repository.js';
import { OidcUsersService } from './oidc/oidc-users.service.js';
import { OidcController } from './oidc/oidc.controller.js';
import { OidcResolver } from './oidc/oidc.resolver.js';
import { OidcService } from './oidc/oidc.service.js';
import { SessionCookie } from './session-cookie.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';
import { TokenService } from './token.service.js';

@Module({
  imports: [PeopleModule, AbuseModule],
  controllers: [OidcController],
  providers: [
    TokenService,
    SessionsRepository,
    SessionsService,
    SessionCookie,
    AuthService,
    AuthResolver,
    OidcAttemptCookie,
    OidcUsersRepository,
    OidcUsersService,
    OidcService,
    OidcResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, SessionsService],
})
export class AuthModule {}
