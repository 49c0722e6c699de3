import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { TransactionRunner } from '../../database/transaction.js';
import type { MappedIdentity } from './oidc-claims.js';
import { OidcUsersRepository } from './oidc-users.repository.js';

/**
 * Just-in-time accounts: the first sign-in at the provider creates the user (or links the existing
 * one with that e-mail address); every sign-in brings name, roles and department up to date, so the
 * provider's groups stay the source of truth. Partner accounts and deactivated users are refused.
 */
@Injectable()
export class OidcUsersService {
  private readonly logger = new Logger('OIDC');

  constructor(
    private readonly repo: OidcUsersRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async provision(issuer: string, subject: string, who: MappedIdentity): Promise<string> {
    const now = this.clock.now();
    return this.tx.run(async (em) => {
      const departmentId = who.departmentName ? ((await this.repo.departmentByName(who.departmentName, em)) ?? null) : null;
      if (who.departmentName && !departmentId) this.logger.warn(`no department named "${who.departmentName}": left as it was`);
      let user = await this.repo.byIdentity(issuer, subject, em);
      if (!user) {
        user = await this.repo.byEmail(who.email, em);
        if (user && (await this.repo.linkedElsewhere(user.id, issuer, subject, em))) {
          this.logger.warn(`refused: ${who.email} belongs to user ${user.id}, linked to another account at ${issuer}`);
          throw new DomainError('AUTH_OIDC_NO_ACCESS', 'This e-mail address belongs to another account');
        }
      }
      if (user && (!user.active || user.roles.includes('PARTNER'))) {
        this.logger.log(`refused sign-in at the provider for user ${user.id}: ${user.active ? 'partner account' : 'deactivated'}`);
        throw new DomainError('AUTH_ACCOUNT_DISABLED', 'This account cannot sign in here');
      }
      let userId: string;
      if (user) {
        userId = user.id;
        const email = who.email !== user.email && !(await this.repo.emailTaken(who.email, user.id, em)) ? who.email : null;
        await this.repo.updateUser(userId, { email, displayName: who.displayName, roles: who.roles, departmentId }, em);
      } else {
        userId = await this.repo.insertUser({ email: who.email, displayName: who.displayName, roles: who.roles, departmentId }, em);
        this.logger.log(`created user ${userId} at first sign-in (${who.roles.join(', ')})`);
      }
      await this.repo.link(issuer, subject, userId, now, em);
      return userId;
    });
  }
}
