import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RELEASE_WARNING_SQL } from './check-in.repository.js';

/**
 * Bookings that need check-in and were not checked in within the grace period. A booking made
 * less than the grace period before its start is never released: its booker had no fair chance.
 * Only the last two days are looked at, so the job stays cheap after any downtime.
 */
const DUE = `
  SELECT b.id, b.booker_id, f.site_id,
         ${RELEASE_WARNING_SQL} AS warn_minutes,
         w.release_at
    FROM bookings b
    JOIN spaces s ON s.id = b.space_id
    JOIN floors f ON f.id = s.floor_id
    JOIN booking_rules k ON k.space_kind = s.kind
    LEFT JOIN booking_rules o ON o.space_id = s.id
    LEFT JOIN no_show_warnings w ON w.booking_id = b.id
   WHERE b.status = 'CONFIRMED'
     AND b.starts_at <= $1 AND b.starts_at > $1::timestamptz - interval '2 days'
     AND coalesce(o.check_in_required, k.check_in_required)
     AND b.starts_at + make_interval(mins => coalesce(o.check_in_grace_minutes, k.check_in_grace_minutes)) <= $1
     AND b.created_at <= b.starts_at - make_interval(mins => coalesce(o.check_in_grace_minutes, k.check_in_grace_minutes))`;

@Injectable()
export class NoShowRepository {
  /** Records a warning for due no-shows of spaces that warn first; a booking is warned once (primary key). */
  async warn(now: Date, em: EntityManager): Promise<string[]> {
    const rows = await em.query<{ booking_id: string }[]>(
      `INSERT INTO no_show_warnings (booking_id, user_id, warned_at, release_at)
       SELECT id, booker_id, $1, $1::timestamptz + make_interval(mins => warn_minutes)
         FROM (${DUE}) due
        WHERE warn_minutes IS NOT NULL AND release_at IS NULL
       ON CONFLICT (booking_id) DO NOTHING
       RETURNING booking_id`,
      [now],
    );
    return rows.map((r) => r.booking_id);
  }

  /**
   * Releases due no-shows that need no warning or whose warning has expired. The status condition
   * is checked again on the locked row, so a concurrent run never releases a booking twice.
   */
  async release(now: Date, em: EntityManager): Promise<{ id: string; siteId: string }[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected]
    const [rows] = await em.query<[{ id: string; siteId: string }[], number]>(
      `UPDATE bookings b SET status = 'RELEASED', updated_at = now()
         FROM (${DUE}) due
        WHERE b.id = due.id AND b.status = 'CONFIRMED'
          AND (due.warn_minutes IS NULL OR due.release_at <= $1)
        RETURNING b.id, due.site_id AS "siteId"`,
      [now],
    );
    return rows;
  }
}
