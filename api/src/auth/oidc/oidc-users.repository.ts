import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '../roles.js';

export type LinkedUser = { id: string; email: string; active: boolean; roles: Role[]; organisationId: string | null };

const USER = `SELECT u.id, u.email, u.active, u.roles, u.organisation_id AS "organisationId" FROM users u`;

/** SQL for linking provider identities to users; every method runs in the caller's transaction. */
@Injectable()
export class OidcUsersRepository {
  async byIdentity(issuer: string, subject: string, em: EntityManager): Promise<LinkedUser | undefined> {
    const [row] = await em.query<LinkedUser[]>(
      `${USER} JOIN user_identities i ON i.user_id = u.id WHERE i.issuer = $1 AND i.subject = $2 FOR UPDATE OF u`,
      [issuer, subject],
    );
    return row;
  }

  async byEmail(email: string, em: EntityManager): Promise<LinkedUser | undefined> {
    const [row] = await em.query<LinkedUser[]>(`${USER} WHERE u.email = $1 FOR UPDATE`, [email]);
    return row;
  }

  /** Whether the user is already linked to another person at this provider. */
  async linkedElsewhere(userId: string, issuer: string, subject: string, em: EntityManager): Promise<boolean> {
    const rows = await em.query<unknown[]>(`SELECT 1 FROM user_identities WHERE user_id = $1 AND issuer = $2 AND subject <> $3`, [
      userId,
      issuer,
      subject,
    ]);
    return rows.length > 0;
  }

  async departmentByName(name: string, em: EntityManager): Promise<string | undefined> {
    const [row] = await em.query<{ id: string }[]>(`SELECT id FROM departments WHERE lower(name) = lower($1) ORDER BY name LIMIT 1`, [
      name,
    ]);
    return row?.id;
  }

  async emailTaken(email: string, exceptUserId: string, em: EntityManager): Promise<boolean> {
    const rows = await em.query<unknown[]>(`SELECT 1 FROM users WHERE email = $1 AND id <> $2`, [email, exceptUserId]);
    return rows.length > 0;
  }

  async insertUser(
    u: { email: string; displayName: string; roles: Role[]; departmentId: string | null },
    em: EntityManager,
  ): Promise<string> {
    const [row] = await em.query<{ id: string }[]>(
      `INSERT INTO users (email, display_name, roles, department_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [u.email, u.displayName, u.roles, u.departmentId],
    );
    return row!.id;
  }

  /** Name, roles and (when known) department and e-mail follow the provider at every sign-in. */
  async updateUser(
    id: string,
    u: { email: string | null; displayName: string; roles: Role[]; departmentId: string | null },
    em: EntityManager,
  ): Promise<void> {
    await em.query(
      `UPDATE users SET display_name = $2, roles = $3, department_id = coalesce($4, department_id), email = coalesce($5, email),
                        updated_at = now()
        WHERE id = $1`,
      [id, u.displayName, u.roles, u.departmentId, u.email],
    );
  }

  async link(issuer: string, subject: string, userId: string, now: Date, em: EntityManager): Promise<void> {
    await em.query(
      `INSERT INTO user_identities (issuer, subject, user_id, created_at, last_sign_in_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (issuer, subject) DO UPDATE SET last_sign_in_at = EXCLUDED.last_sign_in_at`,
      [issuer, subject, userId, now],
    );
  }
}
