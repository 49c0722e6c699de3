import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../common/errors/domain-error.js';
import { UsersRepository } from '../modules/people/users.repository.js';
import { IS_PUBLIC, REQUIRED_ROLES, requestOf } from './decorators.js';
import type { Role } from './roles.js';
import { TokenService } from './token.service.js';
import { makeViewer } from './viewer.js';

/** Global guard: every operation needs a valid token unless marked @Public(); then role checks. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = requestOf(ctx);
    if (!req.viewer) {
      const header = req.headers.authorization;
      const match = typeof header === 'string' ? /^Bearer ([\w.-]{10,4096})$/.exec(header) : null;
      if (!match?.[1]) throw new DomainError('AUTH_REQUIRED', 'Sign in first');
      const { userId, issuedAt } = await this.tokens.verifyAccessToken(match[1]);
      const user = await this.users.findActive(userId, issuedAt);
      if (!user) throw new DomainError('AUTH_TOKEN_INVALID', 'Invalid access token');
      req.viewer = makeViewer(user);
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((r) => req.viewer!.can.has(r))) {
      throw new DomainError('AUTH_ROLE_FORBIDDEN', 'Your role does not allow this');
    }
    return true;
  }
}
