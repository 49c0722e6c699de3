import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Bookings that took place or will (not cancelled, rejected, released or expired). */
const HELD = `('CONFIRMED','CHECKED_IN','COMPLETED')`;
const STAFF = `u.active AND u.counts_in_headcount AND u.organisation_id IS NULL AND NOT ('PARTNER' = ANY (u.roles))`;
const ACTIVE_SPACE = `s.active AND si.active`;
const SPACE_JOIN = `JOIN floors f ON f.id = s.floor_id JOIN sites si ON si.id = f.site_id`;

/** The raw numbers behind each success measure; windows end at `now`. */
@Injectable()
export class MeasuresRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private async one<T>(sql: string, params: unknown[] = []): Promise<T> {
    const [row] = await this.ds.query<T[]>(sql, params);
    return row!;
  }

  deskCounts(): Promise<{ desks: number; screenWorkers: number }> {
    return this.one(
      `SELECT (SELECT count(*) FROM spaces s ${SPACE_JOIN} WHERE ${ACTIVE_SPACE} AND s.kind = 'DESK')::int AS desks,
              (SELECT count(*) FROM users u WHERE ${STAFF} AND u.screen_worker)::int AS "screenWorkers"`,
    );
  }

  spacesPerKind(): Promise<{ kind: string; n: number }[]> {
    return this.ds.query(`SELECT s.kind, count(*)::int AS n FROM spaces s ${SPACE_JOIN} WHERE ${ACTIVE_SPACE} GROUP BY s.kind`);
  }

  satisfaction(from: Date, to: Date): Promise<{ average: number | null; ratings: number; raters: number }> {
    return this.one(
      `SELECT avg(score)::float8 AS average, count(*)::int AS ratings, count(DISTINCT user_id)::int AS raters
         FROM booking_ratings WHERE created_at >= $1 AND created_at < $2`,
      [from, to],
    );
  }

  /**
   * Person-hours in meetings (meeting rooms and informal areas) whose participants — the booker and
   * the invited colleagues — come from at least two departments, and the staff headcount.
   */
  crossDepartment(from: Date, to: Date): Promise<{ personHours: number; meetings: number; headcount: number }> {
    return this.one(
      `WITH meeting AS (
         SELECT b.id, extract(epoch FROM b.ends_at - b.starts_at) / 3600 AS hours
           FROM bookings b
          WHERE b.space_kind IN ('MEETING_ROOM', 'INFORMAL_AREA') AND b.status IN ${HELD}
            AND b.starts_at >= $1 AND b.starts_at < $2 AND b.ends_at <= $2
       ), participant AS (
         SELECT m.id, m.hours, b.booker_id AS user_id FROM meeting m JOIN bookings b ON b.id = m.id
         UNION
         SELECT m.id, m.hours, a.user_id FROM meeting m JOIN booking_attendees a ON a.booking_id = m.id
       ), cross_meeting AS (
         SELECT p.id, max(p.hours) AS hours, count(*) AS people
           FROM participant p JOIN users u ON u.id = p.user_id AND u.organisation_id IS NULL
          GROUP BY p.id HAVING count(DISTINCT u.department_id) >= 2
       )
       SELECT coalesce(sum(hours * people), 0)::float8 AS "personHours", count(*)::int AS meetings,
              (SELECT count(*) FROM users u WHERE ${STAFF})::int AS headcount
         FROM cross_meeting`,
      [from, to],
    );
  }

  /** Partner organisations with bookings that took place in the window (optionally only of some kinds). */
  partnerOrganisations(from: Date, to: Date, kinds: string[] | null): Promise<{ id: string; name: string }[]> {
    return this.ds.query(
      `SELECT o.id, o.name FROM organisations o
        WHERE EXISTS (SELECT 1 FROM bookings b WHERE b.organisation_id = o.id AND b.status IN ${HELD}
                        AND b.starts_at >= $1 AND b.starts_at < $2 AND ($3::text[] IS NULL OR b.space_kind = ANY ($3::text[])))
        ORDER BY o.name`,
      [from, to, kinds],
    );
  }

  partnerHours(from: Date, to: Date): Promise<{ hours: number }> {
    return this.one(
      `SELECT coalesce(sum(extract(epoch FROM least(ends_at, $2) - starts_at)), 0)::float8 / 3600 AS hours
         FROM bookings WHERE organisation_id IS NOT NULL AND status IN ${HELD} AND starts_at >= $1 AND starts_at < $2`,
      [from, to],
    );
  }

  satellites(): Promise<{ id: string; name: string }[]> {
    return this.ds.query(`SELECT id, name FROM sites WHERE active AND is_satellite ORDER BY name`);
  }

  /** Hours of consultations at satellite sites per local month (Europe/Brussels), from `fromMonth` up to `to`. */
  satelliteContactHours(fromMonth: string, to: Date): Promise<{ month: string; hours: number }[]> {
    return this.ds.query(
      `SELECT m::date::text AS month,
              coalesce((SELECT sum(extract(epoch FROM b.ends_at - b.starts_at)) / 3600
                          FROM bookings b JOIN spaces s ON s.id = b.space_id ${SPACE_JOIN}
                         WHERE si.is_satellite AND b.space_kind = 'CONSULTATION_ROOM' AND b.status IN ${HELD}
                           AND b.starts_at >= (m::date)::timestamp AT TIME ZONE si.time_zone
                           AND b.starts_at < ((m + interval '1 month')::date)::timestamp AT TIME ZONE si.time_zone
                           AND b.starts_at < $2), 0)::float8 AS hours
         FROM generate_series($1::date, ($2::timestamptz AT TIME ZONE 'Europe/Brussels')::date, interval '1 month') m
        ORDER BY 1`,
      [fromMonth, to],
    );
  }
}
