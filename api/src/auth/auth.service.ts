import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error.js';
import { UsersRepository, type UserRow } from '../modules/people/users.repository.js';
import { PasswordService } from './password.service.js';
import { TokenService } from './token.service.js';

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
  ) {}

  /** One answer for unknown e-mail, wrong password and disabled account, in the same time. */
  async login(email: string, password: string): Promise<{ accessToken: string; expiresAt: Date; user: UserRow }> {
    const user = await this.users.findByEmail(email);
    const ok = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !user.active || !user.passwordHash || !ok) {
      this.logger.log(`failed sign-in${user ? ` for user ${user.id}` : ''}`);
      throw new DomainError('AUTH_INVALID_CREDENTIALS', 'E-mail address or password is wrong');
    }
    const { token, expiresAt } = await this.tokens.issueAccessToken(user.id);
    return { accessToken: token, expiresAt, user: (await this.users.findRow(user.id))! };
  }
}
