import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { LIVE_STATUSES_SQL } from '../bookings/booking-status.js';
import type { SpaceKind } from '../spaces/space-kind.js';
import { OrganisationEntity, type OrganisationStatus } from './organisation.entity.js';

export type OrganisationRow = {
  id: string;
  name: string;
  enterpriseNumber: string | null;
  address: string;
  status: OrganisationStatus;
  trusted: boolean;
  monthlyHourQuota: number | null;
  agreementStartsOn: string | null;
  agreementEndsOn: string | null;
  termsVersion: string | null;
  termsAcceptedAt: Date | null;
  suspendedAt: Date | null;
  suspensionReason: string | null;
  createdAt: Date;
};

export type ContactRow = {
  id: string;
  organisationId: string;
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
};
export type AccessRow = {
  id: string;
  organisationId: string;
  siteId: string | null;
  siteName: string | null;
  siteTimeZone: string | null;
  spaceKind: SpaceKind | null;
  spaceId: string | null;
  spaceName: string | null;
};
export type HoursRow = { organisationId: string; weekday: number; opensAt: string; closesAt: string };
export type TariffRow = { organisationId: string; spaceKind: SpaceKind; centsPerHour: number };
export type MemberRow = { id: string; email: string; displayName: string; active: boolean; organisationId: string };

export type NewContact = { name: string; email: string | null; phone: string | null; jobTitle: string | null };
export type NewGrant = { siteId: string | null; spaceKind: SpaceKind | null; spaceId: string | null };
export type NewHours = { weekday: number; opensAt: string; closesAt: string };

const SELECT = `
  SELECT o.id, o.name, o.enterprise_number AS "enterpriseNumber", o.address, o.status, o.trusted,
         o.monthly_hour_quota AS "monthlyHourQuota", o.agreement_starts_on::text AS "agreementStartsOn",
         o.agreement_ends_on::text AS "agreementEndsOn", o.terms_version AS "termsVersion",
         o.terms_accepted_at AS "termsAcceptedAt", o.suspended_at AS "suspendedAt",
         o.suspension_reason AS "suspensionReason", o.created_at AS "createdAt"
    FROM organisations o`;

/**
 * The SQL condition "organisation `$org` may use space s (at site si)": the space is open to partners,
 * the organisation is active, and one of its grants names the space, or its site and/or kind.
 */
export function organisationGrantSql(orgParam: string): string {
  return `(s.partner_access AND EXISTS (
      SELECT 1 FROM organisation_access g JOIN organisations go ON go.id = g.organisation_id AND go.status = 'ACTIVE'
       WHERE g.organisation_id = ${orgParam}
         AND (g.space_id = s.id OR (g.space_id IS NULL AND (g.site_id IS NULL OR g.site_id = si.id)
                                    AND (g.space_kind IS NULL OR g.space_kind = s.kind)))))`;
}

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(f: { search?: string; status?: OrganisationStatus; ids?: readonly string[] }, em: EntityManager = this.ds.manager) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.status) where.push(`o.status = $${params.push(f.status)}`);
    if (f.ids) where.push(`o.id = ANY($${params.push(f.ids)}::uuid[])`);
    if (f.search) {
      const like = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(`(o.name ILIKE $${params.push(like)} OR o.enterprise_number LIKE $${params.push(like.replace(/[.\s]/g, ''))})`);
    }
    return em.query<OrganisationRow[]>(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.name, o.id`, params);
  }

  async findRow(id: string, em: EntityManager = this.ds.manager): Promise<OrganisationRow | undefined> {
    const [row] = await em.query<OrganisationRow[]>(`${SELECT} WHERE o.id = $1`, [id]);
    return row;
  }

  /** Locks the organisation's row for the rest of the transaction (suspension, invite acceptance). */
  async lock(id: string, em: EntityManager): Promise<OrganisationRow | undefined> {
    const [row] = await em.query<OrganisationRow[]>(`${SELECT} WHERE o.id = $1 FOR UPDATE`, [id]);
    return row;
  }

  async insert(values: Partial<OrganisationEntity>, em: EntityManager = this.ds.manager): Promise<string> {
    const repo = em.getRepository(OrganisationEntity);
    return (await repo.save(repo.create(values))).id;
  }

  async update(id: string, values: Partial<OrganisationEntity>, em: EntityManager = this.ds.manager): Promise<void> {
    if (Object.keys(values).length) await em.getRepository(OrganisationEntity).update({ id }, values);
  }

  contacts(orgIds: readonly string[], em: EntityManager = this.ds.manager): Promise<ContactRow[]> {
    return em.query<ContactRow[]>(
      `SELECT id, organisation_id AS "organisationId", name, email, phone, job_title AS "jobTitle"
         FROM organisation_contacts WHERE organisation_id = ANY($1::uuid[]) ORDER BY name, id`,
      [orgIds],
    );
  }

  async replaceContacts(orgId: string, contacts: readonly NewContact[], em: EntityManager): Promise<void> {
    await em.query(`DELETE FROM organisation_contacts WHERE organisation_id = $1`, [orgId]);
    for (const c of contacts) {
      await em.query(`INSERT INTO organisation_contacts (organisation_id, name, email, phone, job_title) VALUES ($1, $2, $3, $4, $5)`, [
        orgId,
        c.name,
        c.email,
        c.phone,
        c.jobTitle,
      ]);
    }
  }

  access(orgIds: readonly string[], em: EntityManager = this.ds.manager): Promise<AccessRow[]> {
    return em.query<AccessRow[]>(
      `SELECT g.id, g.organisation_id AS "organisationId", coalesce(g.site_id, sf.site_id) AS "siteId",
              coalesce(si.name, ssi.name) AS "siteName",
              coalesce(si.time_zone, ssi.time_zone) AS "siteTimeZone", coalesce(g.space_kind, s.kind) AS "spaceKind",
              g.space_id AS "spaceId", s.name AS "spaceName"
         FROM organisation_access g
         LEFT JOIN sites si ON si.id = g.site_id
         LEFT JOIN spaces s ON s.id = g.space_id
         LEFT JOIN floors sf ON sf.id = s.floor_id
         LEFT JOIN sites ssi ON ssi.id = sf.site_id
        WHERE g.organisation_id = ANY($1::uuid[])
        ORDER BY coalesce(si.name, ssi.name) NULLS FIRST, g.space_kind NULLS FIRST, s.name NULLS FIRST, g.id`,
      [orgIds],
    );
  }

  async replaceAccess(orgId: string, grants: readonly NewGrant[], em: EntityManager): Promise<void> {
    await em.query(`DELETE FROM organisation_access WHERE organisation_id = $1`, [orgId]);
    for (const g of grants) {
      await em.query(`INSERT INTO organisation_access (organisation_id, site_id, space_kind, space_id) VALUES ($1, $2, $3, $4)`, [
        orgId,
        g.siteId,
        g.spaceKind,
        g.spaceId,
      ]);
    }
  }

  /** Which of these spaces exist and are open to partners. */
  async partnerSpaces(spaceIds: readonly string[], em: EntityManager): Promise<Set<string>> {
    if (!spaceIds.length) return new Set();
    const rows = await em.query<{ id: string }[]>(`SELECT id FROM spaces WHERE id = ANY($1::uuid[]) AND partner_access`, [spaceIds]);
    return new Set(rows.map((r) => r.id));
  }

  hours(orgIds: readonly string[], em: EntityManager = this.ds.manager): Promise<HoursRow[]> {
    return em.query<HoursRow[]>(
      `SELECT organisation_id AS "organisationId", weekday, opens_at::text AS "opensAt", closes_at::text AS "closesAt"
         FROM organisation_hours WHERE organisation_id = ANY($1::uuid[]) ORDER BY weekday, opens_at`,
      [orgIds],
    );
  }

  async replaceHours(orgId: string, hours: readonly NewHours[], em: EntityManager): Promise<void> {
    await em.query(`DELETE FROM organisation_hours WHERE organisation_id = $1`, [orgId]);
    for (const h of hours) {
      await em.query(`INSERT INTO organisation_hours (organisation_id, weekday, opens_at, closes_at) VALUES ($1, $2, $3, $4)`, [
        orgId,
        h.weekday,
        h.opensAt,
        h.closesAt,
      ]);
    }
  }

  tariffs(orgIds: readonly string[], em: EntityManager = this.ds.manager): Promise<TariffRow[]> {
    return em.query<TariffRow[]>(
      `SELECT organisation_id AS "organisationId", space_kind AS "spaceKind", cents_per_hour AS "centsPerHour"
         FROM organisation_tariffs WHERE organisation_id = ANY($1::uuid[])`,
      [orgIds],
    );
  }

  async setTariffs(orgId: string, tariffs: readonly { spaceKind: SpaceKind; centsPerHour: number }[], em: EntityManager): Promise<void> {
    for (const t of tariffs) {
      await em.query(
        `INSERT INTO organisation_tariffs (organisation_id, space_kind, cents_per_hour) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id, space_kind) DO UPDATE SET cents_per_hour = EXCLUDED.cents_per_hour`,
        [orgId, t.spaceKind, t.centsPerHour],
      );
    }
  }

  members(orgIds: readonly string[], em: EntityManager = this.ds.manager): Promise<MemberRow[]> {
    return em.query<MemberRow[]>(
      `SELECT id, email, display_name AS "displayName", active, organisation_id AS "organisationId"
         FROM users WHERE organisation_id = ANY($1::uuid[]) ORDER BY display_name, id`,
      [orgIds],
    );
  }

  /**
   * Serialises quota checks of one organisation and month until the transaction ends, so two
   * concurrent requests cannot both take the last hours.
   */
  async lockQuota(orgId: string, month: string, em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('org-quota:' || $1::text || ':' || $2::text, 0))`, [orgId, month]);
  }

  /** Minutes of live (pending or confirmed and later) bookings of the organisation starting in [from, to). */
  async usedMinutes(orgId: string, from: Date, to: Date, em: EntityManager = this.ds.manager): Promise<number> {
    const [row] = await em.query<{ minutes: number }[]>(
      `SELECT coalesce(sum(extract(epoch FROM ends_at - starts_at)) / 60, 0)::int AS minutes
         FROM bookings
        WHERE organisation_id = $1 AND status IN ${LIVE_STATUSES_SQL} AND starts_at >= $2 AND starts_at < $3`,
      [orgId, from, to],
    );
    return row!.minutes;
  }
}
