import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NOT_SUSPENDED } from '../modules/people/users.repository.js';

export type SessionRow = {
  id: string;
  userId: string;
  familyId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  userActive: boolean;
  signInMethod: SignInMethod;
};

export type SignInMethod = 'PASSWORD' | 'OIDC';

export type NewSession = {
  userId: string;
  tokenHash: string;
  familyId: string;
  now: Date;
  expiresAt: Date;
  userAgent: string | null;
  signInMethod: SignInMethod;
};

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async insert(s: NewSession, em: EntityManager = this.ds.manager): Promise<void> {
    await em.query(
      `INSERT INTO sessions (user_id, token_hash, family_id, created_at, last_used_at, expires_at, user_agent, sign_in_method)
       VALUES ($1, $2, $3, $4, $4, $5, $6, $7)`,
      [s.userId, s.tokenHash, s.familyId, s.now, s.expiresAt, s.userAgent, s.signInMethod],
    );
  }

  /** Locks the session row for the rest of the transaction, so two refreshes of one token run one after the other. */
  async lockByHash(tokenHash: string, em: EntityManager): Promise<SessionRow | undefined> {
    const [row] = await em.query<SessionRow[]>(
      `SELECT s.id, s.user_id AS "userId", s.family_id AS "familyId", s.expires_at AS "expiresAt", s.revoked_at AS "revokedAt", s.sign_in_method AS "signInMethod",
              (u.active AND ${NOT_SUSPENDED}) AS "userActive"
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 FOR UPDATE OF s`,
      [tokenHash],
    );
    return row;
  }

  async markUsedAndRevoked(id: string, now: Date, em: EntityManager): Promise<void> {
    await em.query(`UPDATE sessions SET last_used_at = $2, revoked_at = $2 WHERE id = $1`, [id, now]);
  }

  /** Revokes every live session of the family; returns how many were still live. */
  async revokeFamily(familyId: string, now: Date, em: EntityManager = this.ds.manager): Promise<number> {
    const [, count] = await em.query<[unknown, number]>(`UPDATE sessions SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL`, [
      familyId,
      now,
    ]);
    return count;
  }

  async revokeFamilyOfHash(tokenHash: string, now: Date): Promise<number> {
    const [, count] = await this.ds.query<[unknown, number]>(
      `UPDATE sessions SET revoked_at = $2
        WHERE family_id = (SELECT family_id FROM sessions WHERE token_hash = $1) AND revoked_at IS NULL`,
      [tokenHash, now],
    );
    return count;
  }

  /** How the sign-in of a live session started. */
  async liveMethodOfHash(tokenHash: string, now: Date): Promise<SignInMethod | undefined> {
    const [row] = await this.ds.query<{ method: SignInMethod }[]>(
      `SELECT sign_in_method AS method FROM sessions WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2`,
      [tokenHash, now],
    );
    return row?.method;
  }

  async revokeAllOfUser(userId: string, now: Date): Promise<number> {
    const [, count] = await this.ds.query<[unknown, number]>(
      `UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, now],
    );
    return count;
  }

  /** Expired rows no longer serve reuse detection either: a stale cookie is refused for being unknown. */
  async deleteExpiredOfUser(userId: string, now: Date, em: EntityManager = this.ds.manager): Promise<void> {
    await em.query(`DELETE FROM sessions WHERE user_id = $1 AND expires_at <= $2`, [userId, now]);
  }
}
