import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BookingStatus } from '../bookings/booking-status.js';
import type { SpaceKind } from '../spaces/space-kind.js';

/** The statuses that used (or reserved) a space for the organisation: what a statement charges. */
export const CHARGED_STATUSES: readonly BookingStatus[] = ['CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'RELEASED'];

export type UsageLineRow = { spaceKind: SpaceKind; bookings: number; minutes: number; centsPerHour: number; amountCents: number };
export type UsageBookingRow = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  spaceName: string;
  siteName: string;
  spaceKind: SpaceKind;
  minutes: number;
  status: BookingStatus;
  bookerName: string;
  title: string | null;
};

@Injectable()
export class UsageStatementsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Per kind of space: minutes, the tariff, and the amount in whole cents, computed exactly in SQL
   * (numeric): minutes × cents per hour ÷ 60, rounded half away from zero once per line.
   */
  lines(orgId: string, from: Date, to: Date): Promise<UsageLineRow[]> {
    return this.ds.query<UsageLineRow[]>(
      `WITH used AS (
         SELECT b.space_kind, count(*)::int AS bookings,
                sum((extract(epoch FROM b.ends_at - b.starts_at) / 60)::int)::int AS minutes
           FROM bookings b
          WHERE b.organisation_id = $1 AND b.status = ANY($4::text[]) AND b.starts_at >= $2 AND b.starts_at < $3
          GROUP BY b.space_kind)
       SELECT u.space_kind AS "spaceKind", u.bookings, u.minutes, coalesce(t.cents_per_hour, 0) AS "centsPerHour",
              round(u.minutes::numeric * coalesce(t.cents_per_hour, 0) / 60)::int AS "amountCents"
         FROM used u LEFT JOIN organisation_tariffs t ON t.organisation_id = $1 AND t.space_kind = u.space_kind
        ORDER BY u.space_kind`,
      [orgId, from, to, CHARGED_STATUSES],
    );
  }

  bookings(orgId: string, from: Date, to: Date): Promise<UsageBookingRow[]> {
    return this.ds.query<UsageBookingRow[]>(
      `SELECT b.id, b.starts_at AS "startsAt", b.ends_at AS "endsAt", si.time_zone AS "timeZone", s.name AS "spaceName",
              si.name AS "siteName", b.space_kind AS "spaceKind", (extract(epoch FROM b.ends_at - b.starts_at) / 60)::int AS minutes,
              b.status, u.display_name AS "bookerName", b.title
         FROM bookings b JOIN spaces s ON s.id = b.space_id JOIN floors f ON f.id = s.floor_id JOIN sites si ON si.id = f.site_id
         JOIN users u ON u.id = b.booker_id
        WHERE b.organisation_id = $1 AND b.status = ANY($4::text[]) AND b.starts_at >= $2 AND b.starts_at < $3
        ORDER BY b.starts_at, s.name, b.id`,
      [orgId, from, to, CHARGED_STATUSES],
    );
  }
}
