import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PasswordService } from '../../auth/password.service.js';
import type { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { TransactionRunner } from '../../database/transaction.js';
import { AdminChangesService } from '../administration/admin-changes.service.js';
import { ChangeImpactService, type Impact } from '../administration/change-impact.service.js';
import type { CreateUserInput } from './dto/create-user.input.js';
import type { UpdateUserInput } from './dto/update-user.input.js';
import type { ColleaguesArgs, UsersArgs } from './dto/users.args.js';
import { UsersRepository, type UserRow } from './users.repository.js';

/** Roles only an administrator may hand out. */
const ADMIN_ONLY_ROLES: readonly Role[] = ['ADMIN'];

@Injectable()
export class PeopleService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly changes: AdminChangesService,
    private readonly impact: ChangeImpactService,
    private readonly tx: TransactionRunner,
  ) {}

  async me(viewer: Viewer): Promise<UserRow> {
    return (await this.users.findRow(viewer.id)) ?? Promise.reject(notFound('User'));
  }

  /** The signed-in person's own language: their e-mails and calendar invites are written in it. */
  async setOwnLocale(viewer: Viewer, locale: 'nl-BE' | 'en'): Promise<UserRow> {
    await this.users.update(viewer.id, { locale });
    return this.me(viewer);
  }

  listUsers(args: UsersArgs): Promise<UserRow[]> {
    return this.users.list({ ...args, limit: args.first });
  }

  colleagues(args: ColleaguesArgs): Promise<UserRow[]> {
    return this.users.list({ search: args.search, staffOnly: true, limit: args.first });
  }

  async createUser(viewer: Viewer, input: CreateUserInput): Promise<UserRow> {
    assertMayGrant(viewer, input.roles);
    const { password, ...values } = input;
    const passwordHash = password ? await this.passwords.hash(password) : null;
    return this.tx.run(async (em) => {
      const created = await this.users.insert({ ...values, fte: String(values.fte), passwordHash }, em);
      const row = (await this.users.findRow(created.id, em))!;
      await this.changes.record(em, viewer, {
        action: 'user.create',
        targetType: 'USER',
        targetId: row.id,
        targetLabel: row.displayName,
        after: userSnapshot(row),
      });
      return row;
    });
  }

  /** Changes a user; deactivating one with upcoming bookings cancels them only when confirmed. */
  async updateUser(viewer: Viewer, input: UpdateUserInput): Promise<UserRow> {
    await this.impact.apply(viewer, input, this.userChange(viewer, input));
    return (await this.users.findRow(input.id))!;
  }

  previewUpdateUser(viewer: Viewer, input: UpdateUserInput): Promise<Impact> {
    return this.impact.preview(this.userChange(viewer, input));
  }

  private userChange(viewer: Viewer, input: UpdateUserInput) {
    return async (em: EntityManager, now: Date) => {
      const existing = await this.users.findRow(input.id, em);
      if (!existing) throw notFound('User', 'id');
      if (input.roles) assertMayGrant(viewer, [...input.roles, ...existing.roles]);
      else assertMayGrant(viewer, existing.roles);
      if (input.id === viewer.id && input.active === false) {
        throw DomainError.field('FORBIDDEN', 'active', 'You cannot deactivate your own account');
      }
      const { id, fte, cancelAffected: _c, cancellationMessage: _m, ...rest } = input;
      await this.users.update(id, { ...rest, ...(fte !== undefined ? { fte: String(fte) } : {}) }, em);
      const after = (await this.users.findRow(id, em))!;
      await this.changes.record(em, viewer, {
        action: 'user.update',
        targetType: 'USER',
        targetId: id,
        targetLabel: after.displayName,
        before: userSnapshot(existing),
        after: userSnapshot(after),
      });
      const deactivated = existing.active && !after.active;
      const affected = deactivated
        ? (await this.impact.upcoming({ bookerId: id }, now, em)).map((b) => ({ ...b, reason: 'USER_INACTIVE' as const }))
        : [];
      return { value: after, affected };
    };
  }
}

export function assertMayGrant(viewer: Viewer, roles: readonly Role[]): void {
  if (!viewer.can.has('ADMIN') && roles.some((r) => ADMIN_ONLY_ROLES.includes(r))) {
    throw DomainError.field('FORBIDDEN', 'roles', 'Only an administrator can manage administrator accounts');
  }
}

/** A user as the change record shows them: never a password hash. */
export function userSnapshot(u: UserRow) {
  return {
    email: u.email,
    displayName: u.displayName,
    roles: [...u.roles].sort(),
    departmentId: u.departmentId,
    organisationId: u.organisationId,
    fte: Number(u.fte),
    countsInHeadcount: u.countsInHeadcount,
    screenWorker: u.screenWorker,
    locale: u.locale,
    active: u.active,
  };
}
