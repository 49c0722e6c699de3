import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export type InviteRow = {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationStatus: 'ACTIVE' | 'SUSPENDED';
  email: string;
  displayName: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdByName: string;
};

const SELECT = `
  SELECT i.id, i.organisation_id AS "organisationId", o.name AS "organisationName", o.status AS "organisationStatus",
         i.email, i.display_name AS "displayName", i.created_at AS "createdAt", i.expires_at AS "expiresAt",
         i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt", u.display_name AS "createdByName"
    FROM partner_invites i JOIN organisations o ON o.id = i.organisation_id JOIN users u ON u.id = i.created_by`;

@Injectable()
export class PartnerInvitesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async insert(
    i: {
      id: string;
      organisationId: string;
      email: string;
      displayName: string;
      tokenHash: string;
      createdBy: string;
      createdAt: Date;
      expiresAt: Date;
    },
    em: EntityManager,
  ): Promise<void> {
    await em.query(
      `INSERT INTO partner_invites (id, organisation_id, email, display_name, token_hash, created_by, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [i.id, i.organisationId, i.email, i.displayName, i.tokenHash, i.createdBy, i.createdAt, i.expiresAt],
    );
  }

  /** Open invites for the address are replaced by a new one. */
  async revokeOpenFor(email: string, now: Date, em: EntityManager): Promise<void> {
    await em.query(`UPDATE partner_invites SET revoked_at = $2 WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [
      email,
      now,
    ]);
  }

  async revoke(id: string, now: Date, em: EntityManager = this.ds.manager): Promise<boolean> {
    const [, count] = await em.query<[unknown, number]>(
      `UPDATE partner_invites SET revoked_at = $2 WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [id, now],
    );
    return count > 0;
  }

  async findById(id: string, em: EntityManager = this.ds.manager): Promise<InviteRow | undefined> {
    const [row] = await em.query<InviteRow[]>(`${SELECT} WHERE i.id = $1`, [id]);
    return row;
  }

  async findByHash(tokenHash: string, em: EntityManager = this.ds.manager, lock = false): Promise<InviteRow | undefined> {
    const [row] = await em.query<InviteRow[]>(`${SELECT} WHERE i.token_hash = $1 ${lock ? 'FOR UPDATE OF i, o' : ''}`, [tokenHash]);
    return row;
  }

  /** Invites of an organisation that can still be accepted, newest first. */
  open(orgId: string, now: Date): Promise<InviteRow[]> {
    return this.ds.query<InviteRow[]>(
      `${SELECT} WHERE i.organisation_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2
        ORDER BY i.created_at DESC, i.id`,
      [orgId, now],
    );
  }

  async emailTaken(email: string, em: EntityManager = this.ds.manager): Promise<boolean> {
    const [row] = await em.query<{ taken: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM users WHERE email = $1) AS taken`, [email]);
    return row!.taken;
  }

  async createPartner(
    u: { email: string; displayName: string; passwordHash: string; organisationId: string; locale: 'nl-BE' | 'en' },
    em: EntityManager,
  ): Promise<string> {
    const [row] = await em.query<{ id: string }[]>(
      `INSERT INTO users (email, display_name, password_hash, roles, organisation_id, locale, screen_worker, counts_in_headcount)
       VALUES ($1, $2, $3, ARRAY['PARTNER'], $4, $5, false, false) RETURNING id`,
      [u.email, u.displayName, u.passwordHash, u.organisationId, u.locale],
    );
    return row!.id;
  }

  async markAccepted(id: string, userId: string, now: Date, em: EntityManager): Promise<void> {
    await em.query(`UPDATE partner_invites SET accepted_at = $3, user_id = $2 WHERE id = $1`, [id, userId, now]);
  }

  async recordTerms(orgId: string, version: string, now: Date, em: EntityManager): Promise<void> {
    await em.query(
      `UPDATE organisations SET terms_version = $2, terms_accepted_at = $3, updated_at = now()
        WHERE id = $1 AND terms_version IS DISTINCT FROM $2`,
      [orgId, version, now],
    );
  }
}
