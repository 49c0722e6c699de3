import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { hasAnyRole, type Viewer } from '../../auth/viewer.js';
import type { SpaceKind } from '../spaces/space-kind.js';
import { bookableSql } from '../spaces/spaces.repository.js';
import { BOOKING_EVENTS_CHANNEL, encodeBookingsChanged } from './booking-events.js';
import { liveAtSql, LIVE_STATUSES_SQL, type BookingStatus } from './booking-status.js';

export type BookingRow = {
  id: string;
  spaceId: string;
  spaceName: string;
  spaceKind: SpaceKind;
  confidential: boolean;
  floorId: string;
  floorName: string;
  floorLevel: number;
  siteId: string;
  siteName: string;
  timeZone: string;
  bookerId: string;
  bookerName: string;
  bookerDepartment: string | null;
  organisationId: string | null;
  organisationName: string | null;
  seriesId: string | null;
  startsAt: Date;
  endsAt: Date;
  title: string | null;
  externalAttendees: number;
  status: BookingStatus;
  checkedInAt: Date | null;
  createdAt: Date;
  /** Set while this is a proposal slot held for a citizen. */
  holdExpiresAt: Date | null;
  /** The colleague who may read a confidential booking's client details besides the booker. */
  coWorkerId: string | null;
};

export type NewBooking = {
  spaceId: string;
  spaceKind: SpaceKind;
  bookerId: string;
  organisationId: string | null;
  seriesId: string | null;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  title: string | null;
  externalAttendees: number;
  status: BookingStatus;
  actorId: string;
  holdExpiresAt?: Date | null;
  /** For a request (PENDING): when it expires if nobody decides. */
  decideBy?: Date | null;
};

export type BookingListQuery = {
  from: Date;
  to: Date;
  siteId?: string;
  floorId?: string;
  spaceId?: string;
  bookerId?: string;
  liveOnly: boolean;
  limit: number;
  /** With liveOnly: proposal holds that expired by then no longer count. */
  now: Date;
};

const SELECT = `
  SELECT b.id, b.space_id AS "spaceId", s.name AS "spaceName", s.kind AS "spaceKind", s.confidential,
         f.id AS "floorId", f.name AS "floorName", f.level AS "floorLevel",
         si.id AS "siteId", si.name AS "siteName", si.time_zone AS "timeZone",
         b.booker_id AS "bookerId", u.display_name AS "bookerName", d.name AS "bookerDepartment",
         b.organisation_id AS "organisationId", o.name AS "organisationName", b.series_id AS "seriesId",
         b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.title, b.external_attendees AS "externalAttendees",
         b.status, b.checked_in_at AS "checkedInAt", b.created_at AS "createdAt",
         b.hold_expires_at AS "holdExpiresAt", cd.co_worker_id AS "coWorkerId"
    FROM bookings b
    JOIN spaces s ON s.id = b.space_id
    JOIN floors f ON f.id = s.floor_id
    JOIN sites si ON si.id = f.site_id
    JOIN users u ON u.id = b.booker_id
    LEFT JOIN departments d ON d.id = u.department_id
    LEFT JOIN organisations o ON o.id = b.organisation_id
    LEFT JOIN booking_confidential_details cd ON cd.booking_id = b.id`;

/** Bookings never last longer than a day (max duration ≤ 1440 min); lets range scans use the start index. */
const MAX_BOOKING_SPAN = `interval '1 day'`;

@Injectable()
export class BookingsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Bookings overlapping [from, to) in spaces the viewer may see. */
  list(viewer: Viewer, q: BookingListQuery, em: EntityManager = this.ds.manager): Promise<BookingRow[]> {
    const params: unknown[] = [q.from, q.to];
    const where = [`b.starts_at < $2`, `b.ends_at > $1`, `b.starts_at > $1::timestamptz - ${MAX_BOOKING_SPAN}`];
    if (!hasAnyRole(viewer, 'FACILITY_MANAGER')) {
      // own bookings always; others only in spaces the viewer may book
      where.push(`(b.booker_id = $${params.push(viewer.id)} OR ${bookableSql(viewer, params)})`);
    }
    if (q.liveOnly) where.push(liveAtSql('b', `$${params.push(q.now)}::timestamptz`));
    if (q.siteId) where.push(`si.id = $${params.push(q.siteId)}`);
    if (q.floorId) where.push(`f.id = $${params.push(q.floorId)}`);
    if (q.spaceId) where.push(`b.space_id = $${params.push(q.spaceId)}`);
    if (q.bookerId) where.push(`b.booker_id = $${params.push(q.bookerId)}`);
    const sql = `${SELECT} WHERE ${where.join(' AND ')} ORDER BY b.starts_at, s.name, b.id LIMIT $${params.push(q.limit)}`;
    return em.query<BookingRow[]>(sql, params);
  }

  async findRow(id: string, em: EntityManager = this.ds.manager): Promise<BookingRow | undefined> {
    const [row] = await em.query<BookingRow[]>(`${SELECT} WHERE b.id = $1`, [id]);
    return row;
  }

  async findRows(ids: readonly string[], em: EntityManager = this.ds.manager): Promise<BookingRow[]> {
    if (ids.length === 0) return [];
    return em.query<BookingRow[]>(`${SELECT} WHERE b.id = ANY($1::uuid[]) ORDER BY b.starts_at`, [ids]);
  }

  /** Locks the booking row for the rest of the transaction. */
  async lock(
    id: string,
    em: EntityManager,
  ): Promise<{ id: string; status: BookingStatus; bookerId: string; spaceId: string; startsAt: Date; endsAt: Date } | undefined> {
    const [row] = await em.query<{ id: string; status: BookingStatus; bookerId: string; spaceId: string; startsAt: Date; endsAt: Date }[]>(
      `SELECT id, status, booker_id AS "bookerId", space_id AS "spaceId", starts_at AS "startsAt", ends_at AS "endsAt"
         FROM bookings WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async insert(b: NewBooking, em: EntityManager): Promise<string> {
    const [row] = await em.query<{ id: string }[]>(
      `INSERT INTO bookings (space_id, space_kind, booker_id, organisation_id, series_id, starts_at, ends_at, blocked_until,
                             title, external_attendees, status, created_by, updated_by, hold_expires_at, decide_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14) RETURNING id`,
      [
        b.spaceId,
        b.spaceKind,
        b.bookerId,
        b.organisationId,
        b.seriesId,
        b.startsAt,
        b.endsAt,
        b.blockedUntil,
        b.title,
        b.externalAttendees,
        b.status,
        b.actorId,
        b.holdExpiresAt ?? null,
        b.decideBy ?? null,
      ],
    );
    return row!.id;
  }

  async update(
    id: string,
    values: {
      spaceId: string;
      spaceKind: SpaceKind;
      startsAt: Date;
      endsAt: Date;
      blockedUntil: Date;
      title: string | null;
      actorId: string;
    },
    em: EntityManager,
  ): Promise<void> {
    await em.query(
      `UPDATE bookings SET space_id = $2, space_kind = $3, starts_at = $4, ends_at = $5, blocked_until = $6, title = $7,
                           updated_by = $8, updated_at = now()
        WHERE id = $1`,
      [id, values.spaceId, values.spaceKind, values.startsAt, values.endsAt, values.blockedUntil, values.title, values.actorId],
    );
  }

  async setStatus(id: string, status: BookingStatus, actorId: string, em: EntityManager): Promise<void> {
    await em.query(
      `UPDATE bookings SET status = $2, updated_by = $3, updated_at = now(),
              cancelled_at = CASE WHEN $2 = 'CANCELLED' THEN now() ELSE cancelled_at END
        WHERE id = $1`,
      [id, status, actorId],
    );
  }

  async replaceAttendees(bookingId: string, userIds: readonly string[], em: EntityManager): Promise<void> {
    await em.query(`DELETE FROM booking_attendees WHERE booking_id = $1`, [bookingId]);
    if (userIds.length) {
      await em.query(`INSERT INTO booking_attendees (booking_id, user_id) SELECT $1, unnest($2::uuid[])`, [bookingId, userIds]);
    }
  }

  async attendees(
    bookingIds: readonly string[],
  ): Promise<Map<string, { id: string; displayName: string; departmentName: string | null }[]>> {
    if (bookingIds.length === 0) return new Map();
    const rows = await this.ds.query<{ bookingId: string; id: string; displayName: string; departmentName: string | null }[]>(
      `SELECT a.booking_id AS "bookingId", u.id, u.display_name AS "displayName", d.name AS "departmentName"
         FROM booking_attendees a JOIN users u ON u.id = a.user_id LEFT JOIN departments d ON d.id = u.department_id
        WHERE a.booking_id = ANY($1::uuid[]) ORDER BY u.display_name`,
      [bookingIds],
    );
    const map = new Map<string, { id: string; displayName: string; departmentName: string | null }[]>();
    for (const { bookingId, ...u } of rows) map.set(bookingId, [...(map.get(bookingId) ?? []), u]);
    return map;
  }

  /**
   * Live bookings of the space whose blocked range meets [startsAt, blockedUntil): `overlap` when
   * one overlaps the booking itself, otherwise `buffer` when only the buffer is hit.
   */
  async spaceConflict(
    spaceId: string,
    startsAt: Date,
    endsAt: Date,
    blockedUntil: Date,
    excludeId: string | null,
    now: Date,
    em: EntityManager = this.ds.manager,
  ): Promise<'overlap' | 'buffer' | null> {
    const [row] = await em.query<{ overlap: boolean }[]>(
      `SELECT bool_or(tstzrange(starts_at, ends_at, '[)') && tstzrange($2, $3, '[)')) AS overlap
         FROM bookings b
        WHERE space_id = $1 AND ${liveAtSql('b', '$6::timestamptz')} AND id IS DISTINCT FROM $5
          AND tstzrange(starts_at, blocked_until, '[)') && tstzrange($2, $4, '[)')
       HAVING count(*) > 0`,
      [spaceId, startsAt, endsAt, blockedUntil, excludeId, now],
    );
    if (!row) return null;
    return row.overlap ? 'overlap' : 'buffer';
  }

  /**
   * Announces changed bookings to every API process (BookingEventsService listens). pg_notify runs
   * inside the caller's transaction on purpose: Postgres delivers it only when that transaction
   * commits, and drops it when it rolls back (a conflict, a dry run, a retried deadlock).
   */
  async notifyChanged(siteId: string, bookingIds: readonly string[], em: EntityManager): Promise<void> {
    for (const payload of encodeBookingsChanged(siteId, bookingIds)) {
      await em.query(`SELECT pg_notify($1, $2)`, [BOOKING_EVENTS_CHANNEL, payload]);
    }
  }

  /**
   * Cancels the space's proposal holds that expired by `now`, so the no-overlap constraint (which
   * cannot know the time) lets the slot go; called inside the transaction that books the space.
   */
  async releaseExpiredHolds(spaceId: string, now: Date, em: EntityManager): Promise<void> {
    await em.query(
      `UPDATE bookings SET status = 'CANCELLED', cancelled_at = now(), updated_at = now()
        WHERE space_id = $1 AND status = 'PENDING' AND hold_expires_at <= $2`,
      [spaceId, now],
    );
  }

  /** Serialises desk bookings of one person until the transaction ends (daily limit, one desk). */
  async lockPerson(userId: string, em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('desk-holder:' || $1::text, 0))`, [userId]);
  }

  async holdsDesk(userId: string, startsAt: Date, endsAt: Date, excludeId: string | null, em: EntityManager): Promise<boolean> {
    const [row] = await em.query<{ held: boolean }[]>(
      `SELECT EXISTS (
         SELECT 1 FROM bookings
          WHERE booker_id = $1 AND space_kind = 'DESK' AND status IN ${LIVE_STATUSES_SQL} AND id IS DISTINCT FROM $4
            AND tstzrange(starts_at, ends_at, '[)') && tstzrange($2, $3, '[)')) AS held`,
      [userId, startsAt, endsAt, excludeId],
    );
    return row!.held;
  }

  async countDesksStarting(userId: string, from: Date, to: Date, excludeId: string | null, em: EntityManager): Promise<number> {
    const [row] = await em.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM bookings
        WHERE booker_id = $1 AND space_kind = 'DESK' AND status IN ${LIVE_STATUSES_SQL} AND id IS DISTINCT FROM $4
          AND starts_at >= $2 AND starts_at < $3`,
      [userId, from, to, excludeId],
    );
    return row!.n;
  }
}
