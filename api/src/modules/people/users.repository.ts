import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { UserEntity } from './user.entity.js';

export type UserRow = {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  departmentId: string | null;
  departmentName: string | null;
  organisationId: string | null;
  fte: number;
  countsInHeadcount: boolean;
  screenWorker: boolean;
  locale: 'nl-BE' | 'en';
  active: boolean;
};

const SELECT = `
  SELECT u.id, u.email, u.display_name AS "displayName", u.roles, u.department_id AS "departmentId",
         d.name AS "departmentName", u.organisation_id AS "organisationId", u.fte::float8 AS fte,
         u.counts_in_headcount AS "countsInHeadcount", u.screen_worker AS "screenWorker", u.locale, u.active
    FROM users u LEFT JOIN departments d ON d.id = u.department_id`;

/** Partners of a suspended organisation are shut out (sign-in, tokens, sessions). */
export const NOT_SUSPENDED = `NOT EXISTS (SELECT 1 FROM organisations so WHERE so.id = u.organisation_id AND so.status = 'SUSPENDED')`;

export type UserListFilter = {
  search?: string;
  departmentId?: string;
  includeInactive?: boolean;
  staffOnly?: boolean;
  limit: number;
};

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** An active user whose organisation, if any, is not suspended: the only users a token or session may stand for. */
  /** The user, when active and (given when their token was issued) the token is not older than their last password change. */
  async findActive(id: string, tokenIssuedAt?: Date): Promise<Omit<Viewer, 'can'> | undefined> {
    const [u] = await this.ds.query<UserRow[]>(
      `${SELECT} WHERE u.id = $1 AND u.active AND ${NOT_SUSPENDED} AND ($2::timestamptz IS NULL OR u.tokens_valid_after IS NULL OR u.tokens_valid_after <= $2)`,
      [id, tokenIssuedAt ?? null],
    );
    return u;
  }

  async passwordHash(id: string): Promise<string | null> {
    const [row] = await this.ds.query<{ hash: string | null }[]>(`SELECT password_hash AS hash FROM users WHERE id = $1`, [id]);
    return row?.hash ?? null;
  }

  /** A new password; access tokens issued before this second stop working. */
  async setPassword(id: string, passwordHash: string, now: Date, em: EntityManager): Promise<void> {
    await em.query(
      `UPDATE users SET password_hash = $2, tokens_valid_after = date_trunc('second', $3::timestamptz), updated_at = $3 WHERE id = $1`,
      [id, passwordHash, now],
    );
  }

  async organisationSuspended(organisationId: string): Promise<boolean> {
    const [row] = await this.ds.query<{ suspended: boolean }[]>(
      `SELECT status = 'SUSPENDED' AS suspended FROM organisations WHERE id = $1`,
      [organisationId],
    );
    return row?.suspended ?? false;
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  async findRow(id: string, em: EntityManager = this.ds.manager): Promise<UserRow | undefined> {
    const [u] = await em.query<UserRow[]>(`${SELECT} WHERE u.id = $1`, [id]);
    return u;
  }

  list(f: UserListFilter): Promise<UserRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!f.includeInactive) where.push('u.active');
    if (f.staffOnly) where.push(`NOT ('PARTNER' = ANY (u.roles))`);
    if (f.departmentId) where.push(`u.department_id = $${params.push(f.departmentId)}`);
    if (f.search) {
      const like = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(`(u.display_name ILIKE $${params.push(like)} OR u.email ILIKE $${params.length})`);
    }
    const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY u.display_name, u.id LIMIT $${params.push(f.limit)}`;
    return this.ds.query<UserRow[]>(sql, params);
  }

  /** Which of these ids are active staff users (for attendee lists). */
  async activeStaffIds(ids: readonly string[], em: EntityManager = this.ds.manager): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await em.query<{ id: string }[]>(
      `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND active AND NOT ('PARTNER' = ANY (roles))`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Users with these (lower-case) e-mail addresses, active or not. */
  async byEmails(emails: readonly string[], em: EntityManager = this.ds.manager): Promise<UserRow[]> {
    if (emails.length === 0) return [];
    return em.query<UserRow[]>(`${SELECT} WHERE u.email = ANY($1::text[])`, [emails]);
  }

  insert(values: Partial<UserEntity>, em: EntityManager = this.ds.manager): Promise<UserEntity> {
    return em.getRepository(UserEntity).save(em.getRepository(UserEntity).create(values));
  }

  async update(id: string, values: Partial<UserEntity>, em: EntityManager = this.ds.manager): Promise<boolean> {
    const result = await em.getRepository(UserEntity).update({ id }, values);
    return (result.affected ?? 0) > 0;
  }
}
