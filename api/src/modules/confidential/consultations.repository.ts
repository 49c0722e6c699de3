import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { liveAtSql } from '../bookings/booking-status.js';
import type { HoldOutcome } from './consultation-hold.entity.js';

export type Interval = { start: number; end: number };

/** Rows of an UPDATE … RETURNING: TypeORM hands those back as [rows, count]. */
export async function updateReturning<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = await em.query<[T[], number]>(sql, params);
  return rows;
}

export type LockedHold = {
  id: string;
  bookerId: string;
  status: string;
  spaceId: string;
  siteId: string;
  startsAt: Date;
  endsAt: Date;
  holdExpiresAt: Date | null;
  requiresApproval: boolean;
  proposalSetId: string;
  outcome: HoldOutcome | null;
};

export type ArrivalRow = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  spaceId: string;
  spaceName: string;
  spaceKind: string;
  floorName: string;
  floorLevel: number;
  siteId: string;
  siteName: string;
  isSatellite: boolean;
  timeZone: string;
  date: string;
  hostName: string;
  departmentName: string | null;
  organisationName: string | null;
  checkedIn: boolean;
};

/** SQL for proposal holds, the calendars the proposal search needs, and the reception list. */
@Injectable()
export class ConsultationsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async addHold(bookingId: string, proposalSetId: string, em: EntityManager): Promise<void> {
    await em.query(`INSERT INTO consultation_holds (booking_id, proposal_set_id) VALUES ($1, $2)`, [bookingId, proposalSetId]);
  }

  async lockHold(bookingId: string, em: EntityManager): Promise<LockedHold | undefined> {
    const [row] = await em.query<LockedHold[]>(
      `SELECT b.id, b.booker_id AS "bookerId", b.status, b.space_id AS "spaceId", f.site_id AS "siteId", b.starts_at AS "startsAt",
              b.ends_at AS "endsAt", b.hold_expires_at AS "holdExpiresAt", s.requires_approval AS "requiresApproval",
              h.proposal_set_id AS "proposalSetId", h.outcome
         FROM bookings b JOIN consultation_holds h ON h.booking_id = b.id
         JOIN spaces s ON s.id = b.space_id JOIN floors f ON f.id = s.floor_id
        WHERE b.id = $1 FOR UPDATE OF b, h`,
      [bookingId],
    );
    return row;
  }

  async confirmHold(id: string, status: 'CONFIRMED' | 'PENDING', actorId: string, now: Date, em: EntityManager): Promise<void> {
    await em.query(`UPDATE bookings SET status = $2, hold_expires_at = NULL, updated_by = $3, updated_at = now() WHERE id = $1`, [
      id,
      status,
      actorId,
    ]);
    await em.query(`UPDATE consultation_holds SET outcome = 'CHOSEN', decided_at = $2 WHERE booking_id = $1`, [id, now]);
  }

  /**
   * Lets go of the still-held slots of a proposal set (all but `keepId`): their bookings are
   * cancelled and the hold records why. Returns the released bookings with their sites.
   */
  async releaseSet(
    setId: string,
    bookerId: string,
    outcome: Exclude<HoldOutcome, 'CHOSEN' | 'EXPIRED'>,
    keepId: string | null,
    now: Date,
    em: EntityManager,
  ): Promise<{ id: string; siteId: string }[]> {
    const rows = await updateReturning<{ id: string; siteId: string }>(
      em,
      `UPDATE bookings b SET status = 'CANCELLED', cancelled_at = now(), updated_by = $2, updated_at = now()
         FROM consultation_holds h, spaces s, floors f
        WHERE h.booking_id = b.id AND h.proposal_set_id = $1 AND b.booker_id = $2 AND b.id IS DISTINCT FROM $3
          AND h.outcome IS NULL AND b.status = 'PENDING' AND b.hold_expires_at IS NOT NULL
          AND s.id = b.space_id AND f.id = s.floor_id
        RETURNING b.id, f.site_id AS "siteId"`,
      [setId, bookerId, keepId],
    );
    if (rows.length) {
      await em.query(`UPDATE consultation_holds SET outcome = $2, decided_at = $3 WHERE booking_id = ANY($1::uuid[])`, [
        rows.map((r) => r.id),
        outcome,
        now,
      ]);
    }
    return rows;
  }

  async setBelongsTo(setId: string, bookerId: string): Promise<boolean> {
    const [row] = await this.ds.query<{ ok: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM consultation_holds h JOIN bookings b ON b.id = h.booking_id
                       WHERE h.proposal_set_id = $1 AND b.booker_id = $2) AS ok`,
      [setId, bookerId],
    );
    return row!.ok;
  }

  /** Holds that expired by `now`: cancelled (if the booking engine did not already) and marked EXPIRED. */
  async expireDue(now: Date, em: EntityManager): Promise<{ id: string; siteId: string }[]> {
    const cancelled = await updateReturning<{ id: string; siteId: string }>(
      em,
      `UPDATE bookings b SET status = 'CANCELLED', cancelled_at = now(), updated_at = now()
         FROM spaces s, floors f
        WHERE b.status = 'PENDING' AND b.hold_expires_at <= $1 AND s.id = b.space_id AND f.id = s.floor_id
        RETURNING b.id, f.site_id AS "siteId"`,
      [now],
    );
    await em.query(
      `UPDATE consultation_holds h SET outcome = 'EXPIRED', decided_at = $1
         FROM bookings b WHERE b.id = h.booking_id AND h.outcome IS NULL AND b.hold_expires_at <= $1`,
      [now],
    );
    return cancelled;
  }

  /** The viewer's open holds: set id and booking ids, earliest first. */
  openHolds(bookerId: string, now: Date): Promise<{ setId: string; bookingId: string; holdExpiresAt: Date }[]> {
    return this.ds.query(
      `SELECT h.proposal_set_id AS "setId", b.id AS "bookingId", b.hold_expires_at AS "holdExpiresAt"
         FROM consultation_holds h JOIN bookings b ON b.id = h.booking_id
        WHERE b.booker_id = $1 AND h.outcome IS NULL AND b.status = 'PENDING' AND b.hold_expires_at > $2
        ORDER BY b.hold_expires_at, b.starts_at`,
      [bookerId, now],
    );
  }

  /** Blocked ranges [start, blocked_until) of live bookings in these spaces overlapping [from, to), by space. */
  async blockedRanges(spaceIds: readonly string[], from: Date, to: Date, now: Date): Promise<Map<string, Interval[]>> {
    const rows = await this.ds.query<{ spaceId: string; start: Date; end: Date }[]>(
      `SELECT b.space_id AS "spaceId", b.starts_at AS start, b.blocked_until AS "end" FROM bookings b
        WHERE b.space_id = ANY($1::uuid[]) AND ${liveAtSql('b', '$4::timestamptz')}
          AND b.starts_at < $3 AND b.blocked_until > $2 AND b.starts_at > $2::timestamptz - interval '28 hours'`,
      [spaceIds, from, to, now],
    );
    const map = new Map<string, Interval[]>();
    for (const r of rows) map.set(r.spaceId, [...(map.get(r.spaceId) ?? []), { start: r.start.getTime(), end: r.end.getTime() }]);
    return map;
  }

  /**
   * The person's appointments overlapping [from, to): live bookings they made, meetings they attend
   * and talks they are the named co-worker on. A desk is where one works, not an appointment.
   */
  async personBusy(userId: string, from: Date, to: Date, now: Date, em: EntityManager = this.ds.manager): Promise<Interval[]> {
    const rows = await em.query<{ start: Date; end: Date }[]>(
      `SELECT b.starts_at AS start, b.ends_at AS "end" FROM bookings b
        WHERE (b.booker_id = $1
               OR EXISTS (SELECT 1 FROM booking_attendees a WHERE a.booking_id = b.id AND a.user_id = $1)
               OR EXISTS (SELECT 1 FROM booking_confidential_details cd WHERE cd.booking_id = b.id AND cd.co_worker_id = $1))
          AND b.space_kind <> 'DESK' AND ${liveAtSql('b', '$4::timestamptz')} AND b.starts_at < $3 AND b.ends_at > $2
          AND b.starts_at > $2::timestamptz - interval '28 hours'`,
      [userId, from, to, now],
    );
    return rows.map((r) => ({ start: r.start.getTime(), end: r.end.getTime() }));
  }

  /** Confidential talks the person booked or is named co-worker on, live at `now`, overlapping [from, to); holds excluded. */
  async talkIds(userId: string, from: Date, to: Date, now: Date): Promise<string[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT b.id FROM bookings b JOIN spaces s ON s.id = b.space_id
         LEFT JOIN booking_confidential_details cd ON cd.booking_id = b.id
        WHERE s.confidential AND (b.booker_id = $1 OR cd.co_worker_id = $1) AND ${liveAtSql('b', '$4::timestamptz')}
          AND b.hold_expires_at IS NULL AND b.starts_at < $3 AND b.ends_at > $2 AND b.starts_at > $2::timestamptz - interval '28 hours'
        ORDER BY b.starts_at LIMIT 2000`,
      [userId, from, to, now],
    );
    return rows.map((r) => r.id);
  }

  /** Satellite flags and names of sites. */
  async sites(ids: readonly string[]): Promise<Map<string, { name: string; isSatellite: boolean }>> {
    const rows = await this.ds.query<{ id: string; name: string; isSatellite: boolean }[]>(
      `SELECT id, name, is_satellite AS "isSatellite" FROM sites WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { name: r.name, isSatellite: r.isSatellite }]));
  }

  /**
   * Confirmed visits of one local day per active site: consultation rooms, front desks, and any
   * booking that expects external people. Only where, when and who receives; never a title,
   * attendee or client detail. `date` null means each site's own today.
   */
  arrivals(date: string | null, now: Date, siteId: string | null): Promise<ArrivalRow[]> {
    return this.ds.query<ArrivalRow[]>(
      `WITH day AS (
         SELECT si.id, si.name, si.is_satellite, si.time_zone, d.date,
                (d.date::timestamp AT TIME ZONE si.time_zone) AS day_start,
                ((d.date + 1)::timestamp AT TIME ZONE si.time_zone) AS day_end
           FROM sites si CROSS JOIN LATERAL (SELECT coalesce($1::date, ($2::timestamptz AT TIME ZONE si.time_zone)::date) AS date) d
          WHERE si.active AND ($3::uuid IS NULL OR si.id = $3))
       SELECT b.id, b.starts_at AS "startsAt", b.ends_at AS "endsAt", s.id AS "spaceId", s.name AS "spaceName", s.kind AS "spaceKind",
              f.name AS "floorName", f.level AS "floorLevel", day.id AS "siteId", day.name AS "siteName",
              day.is_satellite AS "isSatellite", day.time_zone AS "timeZone", day.date::text AS date,
              u.display_name AS "hostName", dep.name AS "departmentName", o.name AS "organisationName",
              b.status = 'CHECKED_IN' AS "checkedIn"
         FROM day JOIN floors f ON f.site_id = day.id JOIN spaces s ON s.floor_id = f.id
         JOIN bookings b ON b.space_id = s.id
         JOIN users u ON u.id = b.booker_id LEFT JOIN departments dep ON dep.id = u.department_id
         LEFT JOIN organisations o ON o.id = b.organisation_id
        WHERE b.status IN ('CONFIRMED', 'CHECKED_IN') AND b.starts_at < day.day_end AND b.ends_at > day.day_start
          AND b.starts_at > day.day_start - interval '28 hours'
          AND (s.kind IN ('CONSULTATION_ROOM', 'FRONT_DESK') OR b.external_attendees > 0)
        ORDER BY day.is_satellite, day.name, b.starts_at, s.name, b.id`,
      [date, now, siteId],
    );
  }

  /** Active sites for the reception view, including those without arrivals. */
  receptionSites(date: string | null, now: Date, siteId: string | null) {
    return this.ds.query<{ id: string; name: string; isSatellite: boolean; timeZone: string; date: string }[]>(
      `SELECT si.id, si.name, si.is_satellite AS "isSatellite", si.time_zone AS "timeZone",
              coalesce($1::date, ($2::timestamptz AT TIME ZONE si.time_zone)::date)::text AS date
         FROM sites si WHERE si.active AND ($3::uuid IS NULL OR si.id = $3) ORDER BY si.is_satellite, si.name`,
      [date, now, siteId],
    );
  }
}
