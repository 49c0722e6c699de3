import { Injectable } from '@nestjs/common';
import { PasswordService } from '../../auth/password.service.js';
import type { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { DepartmentsRepository, type DepartmentRow } from './departments.repository.js';
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
    private readonly departments: DepartmentsRepository,
    private readonly passwords: PasswordService,
  ) {}

  async me(viewer: Viewer): Promise<UserRow> {
    return (await this.users.findRow(viewer.id)) ?? Promise.reject(notFound('User'));
  }

  listUsers(args: UsersArgs): Promise<UserRow[]> {
    return this.users.list({ ...args, limit: args.first });
  }

  colleagues(args: ColleaguesArgs): Promise<UserRow[]> {
    return this.users.list({ search: args.search, staffOnly: true, limit: args.first });
  }

  async createUser(viewer: Viewer, input: CreateUserInput): Promise<UserRow> {
    this.assertMayGrant(viewer, input.roles);
    const { password, ...values } = input;
    const passwordHash = password ? await this.passwords.hash(password) : null;
    const created = await this.users.insert({ ...values, fte: String(values.fte), passwordHash });
    return (await this.users.findRow(created.id))!;
  }

  async updateUser(viewer: Viewer, input: UpdateUserInput): Promise<UserRow> {
    const existing = await this.users.findRow(input.id);
    if (!existing) throw notFound('User', 'id');
    if (input.roles) this.assertMayGrant(viewer, [...input.roles, ...existing.roles]);
    else this.assertMayGrant(viewer, existing.roles);
    if (input.id === viewer.id && input.active === false) {
      throw DomainError.field('FORBIDDEN', 'active', 'You cannot deactivate your own account');
    }
    const { id, fte, ...rest } = input;
    await this.users.update(id, { ...rest, ...(fte !== undefined ? { fte: String(fte) } : {}) });
    return (await this.users.findRow(id))!;
  }

  private assertMayGrant(viewer: Viewer, roles: readonly Role[]): void {
    if (!viewer.can.has('ADMIN') && roles.some((r) => ADMIN_ONLY_ROLES.includes(r))) {
      throw DomainError.field('FORBIDDEN', 'roles', 'Only an administrator can manage administrator accounts');
    }
  }

  listDepartments(): Promise<DepartmentRow[]> {
    return this.departments.list();
  }

  listClusters() {
    return this.departments.listClusters();
  }

  createCluster(name: string) {
    return this.departments.insertCluster(name);
  }

  async createDepartment(values: { name: string; clusterId: string }): Promise<DepartmentRow> {
    const created = await this.departments.insertDepartment(values);
    const [row] = await this.departments.list(created.id);
    return row!;
  }
}
