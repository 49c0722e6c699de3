import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BOOKING_EVENTS_CHANNEL, encodeBookingsChanged } from '../bookings/booking-events.js';
import { liveAtSql, type BookingStatus } from '../bookings/booking-status.js';
import type { SpaceKind } from '../spaces/space-kind.js';

/** A live booking that has not started yet, with what an administrator needs to judge it. */
export type UpcomingBooking = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  spaceId: string;
  spaceName: string;
  spaceKind: SpaceKind;
  floorName: string;
  siteId: string;
  siteName: string;
  timeZone: string;
  bookerId: string;
  bookerName: string;
  bookerDepartment: string | null;
};

export type UpcomingScope = { siteId?: string; spaceIds?: readonly string[]; bookerId?: string };

/**
 * Bookings an administrative change may leave invalid, and their cancellation. Only bookings that
 * hold their slot and have not started yet: one under way is left to end (or be released) as usual.
 */
@Injectable()
export class AffectedBookingsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Upcoming bookings in the scope, earliest first; the rows are locked until the transaction ends. */
  upcoming(scope: UpcomingScope, now: Date, em: EntityManager): Promise<UpcomingBooking[]> {
    const params: unknown[] = [now];
    const where = [`b.starts_at >= $1`, liveAtSql('b', '$1::timestamptz')];
    if (scope.siteId) where.push(`f.site_id = $${params.push(scope.siteId)}`);
    if (scope.spaceIds) where.push(`b.space_id = ANY($${params.push(scope.spaceIds)}::uuid[])`);
    if (scope.bookerId) where.push(`b.booker_id = $${params.push(scope.bookerId)}`);
    return em.query<UpcomingBooking[]>(
      `SELECT b.id, b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.status, s.id AS "spaceId", s.name AS "spaceName",
              s.kind AS "spaceKind", f.name AS "floorName", si.id AS "siteId", si.name AS "siteName", si.time_zone AS "timeZone",
              u.id AS "bookerId", u.display_name AS "bookerName", d.name AS "bookerDepartment"
         FROM bookings b
         JOIN spaces s ON s.id = b.space_id
         JOIN floors f ON f.id = s.floor_id
         JOIN sites si ON si.id = f.site_id
         JOIN users u ON u.id = b.booker_id
         LEFT JOIN departments d ON d.id = u.department_id
        WHERE ${where.join(' AND ')}
        ORDER BY b.starts_at, s.name, b.id
          FOR UPDATE OF b`,
      params,
    );
  }

  /** Cancels the bookings with the administrator's message and tells every API process (on commit). */
  async cancel(bookings: readonly UpcomingBooking[], actorId: string, changeId: string, message: string, em: EntityManager): Promise<void> {
    if (bookings.length === 0) return;
    const ids = bookings.map((b) => b.id);
    await em.query(
      `UPDATE bookings SET status = 'CANCELLED', updated_by = $2, updated_at = now(), cancelled_at = now()
        WHERE id = ANY($1::uuid[])`,
      [ids, actorId],
    );
    await em.query(
      `INSERT INTO booking_cancellations (booking_id, admin_change_id, message) SELECT unnest($1::uuid[]), $2, $3
       ON CONFLICT (booking_id) DO UPDATE SET admin_change_id = EXCLUDED.admin_change_id, message = EXCLUDED.message`,
      [ids, changeId, message],
    );
    const bySite = new Map<string, string[]>();
    for (const b of bookings) bySite.set(b.siteId, [...(bySite.get(b.siteId) ?? []), b.id]);
    for (const [siteId, siteIds] of bySite) {
      for (const payload of encodeBookingsChanged(siteId, siteIds)) {
        await em.query(`SELECT pg_notify($1, $2)`, [BOOKING_EVENTS_CHANNEL, payload]);
      }
    }
  }

  async cancellationMessages(bookingIds: readonly string[]): Promise<Map<string, string>> {
    if (bookingIds.length === 0) return new Map();
    const rows = await this.ds.query<{ bookingId: string; message: string }[]>(
      `SELECT booking_id AS "bookingId", message FROM booking_cancellations WHERE booking_id = ANY($1::uuid[])`,
      [bookingIds],
    );
    return new Map(rows.map((r) => [r.bookingId, r.message]));
  }
}
