import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { StaffRole } from '../../auth/roles.js';
import { hasAnyRole, type Viewer } from '../../auth/viewer.js';
import { organisationGrantSql } from '../organisations/organisations.repository.js';
import { BookingRulesEntity } from './booking-rules.entity.js';
import { EFFECTIVE_RULES_SQL, pickRules, type BookingRules } from './booking-rules.js';
import { liveAtSql } from '../bookings/booking-status.js';
import type { Equipment, SpaceKind } from './space-kind.js';
import { SpaceEntity } from './space.entity.js';

export type SpaceRow = {
  id: string;
  name: string;
  kind: SpaceKind;
  capacity: number;
  equipment: Equipment[];
  confidential: boolean;
  bookableByRoles: StaffRole[];
  partnerAccess: boolean;
  requiresApproval: boolean;
  active: boolean;
  posX: number | null;
  posY: number | null;
  width: number | null;
  height: number | null;
  rotation: number;
  floorId: string;
  floorName: string;
  floorLevel: number;
  siteId: string;
  siteName: string;
  timeZone: string;
  zoneId: string | null;
  zoneName: string | null;
  rules: BookingRules;
  viewerCanBook: boolean;
};

export type SpaceQuery = {
  ids?: readonly string[];
  siteId?: string;
  floorId?: string;
  zoneId?: string;
  kinds?: readonly SpaceKind[];
  minCapacity?: number;
  equipment?: readonly Equipment[];
  /** Only spaces the viewer may book (even for managers, who can see more). */
  bookableOnly?: boolean;
  /** Only spaces without a live booking in [startsAt, endsAt + the space's buffer). */
  freeBetween?: { startsAt: Date; endsAt: Date; now: Date };
};

const SELECT = (canBook: string) => `
  SELECT ${canBook} AS "viewerCanBook", s.id, s.name, s.kind, s.capacity, s.equipment, s.confidential, s.bookable_by_roles AS "bookableByRoles",
         s.partner_access AS "partnerAccess", s.requires_approval AS "requiresApproval", s.active,
         s.pos_x AS "posX", s.pos_y AS "posY", s.width, s.height, s.rotation,
         f.id AS "floorId", f.name AS "floorName", f.level AS "floorLevel",
         si.id AS "siteId", si.name AS "siteName", si.time_zone AS "timeZone",
         z.id AS "zoneId", z.name AS "zoneName",
         ${EFFECTIVE_RULES_SQL}
    FROM spaces s
    JOIN floors f ON f.id = s.floor_id
    JOIN sites si ON si.id = f.site_id
    LEFT JOIN zones z ON z.id = s.zone_id
    JOIN booking_rules k ON k.space_kind = s.kind
    LEFT JOIN booking_rules o ON o.space_id = s.id`;

/** The SQL condition for "the viewer may book space s"; parameters are appended to `params`. */
export function bookableSql(viewer: Viewer, params: unknown[]): string {
  const roles = [...viewer.can].filter((r) => r !== 'PARTNER');
  const conditions = [`s.bookable_by_roles && $${params.push(roles)}::text[]`];
  // Confidential consultation rooms are for the staff roles the space names, never for partner access.
  // A partner books spaces open to partners that its own (active) organisation was granted.
  if (viewer.can.has('PARTNER')) {
    const granted = organisationGrantSql(`$${params.push(viewer.organisationId)}::uuid`);
    conditions.push(`(${granted} AND NOT (s.confidential AND s.kind = 'CONSULTATION_ROOM'))`);
  }
  return `(s.active AND si.active AND (${conditions.join(' OR ')}))`;
}

@Injectable()
export class SpacesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Spaces visible to the viewer: facility managers and administrators see every space; everyone
   * else only the active spaces they may book.
   */
  async list(viewer: Viewer, q: SpaceQuery, em: EntityManager = this.ds.manager): Promise<SpaceRow[]> {
    const params: unknown[] = [];
    const canBook = bookableSql(viewer, params);
    const where: string[] = [];
    const managesAll = hasAnyRole(viewer, 'FACILITY_MANAGER', 'ADMIN');
    if (!managesAll || q.bookableOnly) where.push(canBook);
    if (q.ids) where.push(`s.id = ANY($${params.push(q.ids)}::uuid[])`);
    if (q.siteId) where.push(`si.id = $${params.push(q.siteId)}`);
    if (q.floorId) where.push(`f.id = $${params.push(q.floorId)}`);
    if (q.zoneId) where.push(`s.zone_id = $${params.push(q.zoneId)}`);
    if (q.kinds?.length) where.push(`s.kind = ANY($${params.push(q.kinds)}::text[])`);
    if (q.minCapacity) where.push(`s.capacity >= $${params.push(q.minCapacity)}`);
    if (q.equipment?.length) where.push(`s.equipment @> $${params.push(q.equipment)}::text[]`);
    if (q.freeBetween) {
      const from = `$${params.push(q.freeBetween.startsAt)}::timestamptz`;
      const until = `$${params.push(q.freeBetween.endsAt)}::timestamptz + make_interval(mins => coalesce(o.buffer_minutes, k.buffer_minutes))`;
      // Bookings last at most a day plus a 4-hour buffer: the start window lets Postgres use the start index.
      const now = `$${params.push(q.freeBetween.now)}::timestamptz`;
      where.push(`NOT EXISTS (SELECT 1 FROM bookings b WHERE b.space_id = s.id AND ${liveAtSql('b', now)}
                                AND b.starts_at > ${from} - interval '28 hours' AND b.starts_at < ${until}
                                AND tstzrange(b.starts_at, b.blocked_until, '[)') && tstzrange(${from}, ${until}, '[)'))`);
    }
    const sql = `${SELECT(canBook)} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY si.is_satellite, si.name, f.level, f.name, s.name`;
    const rows = await em.query<(Omit<SpaceRow, 'rules'> & BookingRules)[]>(sql, params);
    return rows.map((r) => ({ ...r, rules: pickRules(r) }));
  }

  async findVisible(viewer: Viewer, id: string, em?: EntityManager): Promise<SpaceRow | undefined> {
    const [row] = await this.list(viewer, { ids: [id] }, em);
    return row;
  }

  async isBookableBy(viewer: Viewer, id: string, em: EntityManager = this.ds.manager): Promise<boolean> {
    const [row] = await this.list(viewer, { ids: [id], bookableOnly: true }, em);
    return Boolean(row);
  }

  findEntity(id: string): Promise<SpaceEntity | null> {
    return this.ds.getRepository(SpaceEntity).findOneBy({ id });
  }

  /** The spaces, locked for the rest of the transaction. */
  findEntitiesForUpdate(ids: readonly string[], em: EntityManager): Promise<SpaceEntity[]> {
    return em
      .getRepository(SpaceEntity)
      .createQueryBuilder('s')
      .where('s.id = ANY(:ids)', { ids })
      .orderBy('s.name')
      .setLock('pessimistic_write')
      .getMany();
  }

  async floorOfZone(zoneId: string): Promise<string | undefined> {
    const [row] = await this.ds.query<{ floorId: string }[]>(`SELECT floor_id AS "floorId" FROM zones WHERE id = $1`, [zoneId]);
    return row?.floorId;
  }

  save(values: Partial<SpaceEntity>, em: EntityManager = this.ds.manager): Promise<SpaceEntity> {
    const repo = em.getRepository(SpaceEntity);
    return repo.save(repo.create(values));
  }

  kindDefaults(): Promise<BookingRulesEntity[]> {
    return this.ds
      .getRepository(BookingRulesEntity)
      .createQueryBuilder('r')
      .where('r.space_kind IS NOT NULL')
      .orderBy('r.space_kind')
      .getMany();
  }

  findRulesRow(
    target: { spaceKind?: SpaceKind; spaceId?: string },
    em: EntityManager = this.ds.manager,
  ): Promise<BookingRulesEntity | null> {
    return em.getRepository(BookingRulesEntity).findOneBy(target.spaceKind ? { spaceKind: target.spaceKind } : { spaceId: target.spaceId });
  }

  saveRulesRow(values: Partial<BookingRulesEntity>, em: EntityManager = this.ds.manager): Promise<BookingRulesEntity> {
    const repo = em.getRepository(BookingRulesEntity);
    return repo.save(repo.create(values));
  }
}
