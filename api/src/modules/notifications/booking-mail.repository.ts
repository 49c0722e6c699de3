import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Locale } from './templates.js';

/** What a booking e-mail and its invite are made of. Client details are not among them, by design. */
export type BookingFacts = {
  id: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  title: string | null;
  seriesId: string | null;
  sequence: number;
  confidential: boolean;
  spaceName: string;
  siteName: string;
  timeZone: string;
  bookerId: string;
  bookerEmail: string;
  bookerName: string;
  bookerLocale: Locale;
  bookerActive: boolean;
};

export type AttendeeFacts = { bookingId: string; id: string; email: string; name: string; locale: Locale };

@Injectable()
export class BookingMailRepository {
  /** Raises the calendar sequence of every booking: the next invite supersedes what calendars hold. */
  async bumpSequence(ids: readonly string[], em: EntityManager): Promise<void> {
    if (ids.length) await em.query(`UPDATE bookings SET calendar_sequence = calendar_sequence + 1 WHERE id = ANY($1::uuid[])`, [ids]);
  }

  facts(ids: readonly string[], em: EntityManager): Promise<BookingFacts[]> {
    if (!ids.length) return Promise.resolve([]);
    return em.query<BookingFacts[]>(
      `SELECT b.id, b.status, b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.title, b.series_id AS "seriesId",
              b.calendar_sequence AS sequence, s.confidential, s.name AS "spaceName", si.name AS "siteName", si.time_zone AS "timeZone",
              u.id AS "bookerId", u.email AS "bookerEmail", u.display_name AS "bookerName", u.locale AS "bookerLocale",
              u.active AS "bookerActive"
         FROM bookings b
         JOIN spaces s ON s.id = b.space_id
         JOIN floors f ON f.id = s.floor_id
         JOIN sites si ON si.id = f.site_id
         JOIN users u ON u.id = b.booker_id
        WHERE b.id = ANY($1::uuid[])
        ORDER BY b.starts_at, b.id`,
      [ids],
    );
  }

  /** When each warned booking is released unless its booker checks in. */
  async releaseTimes(ids: readonly string[], em: EntityManager): Promise<Map<string, Date>> {
    const rows = await em.query<{ id: string; at: Date }[]>(
      `SELECT booking_id AS id, release_at AS at FROM no_show_warnings WHERE booking_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.at]));
  }

  /** Active colleagues taking part. */
  attendees(ids: readonly string[], em: EntityManager): Promise<AttendeeFacts[]> {
    if (!ids.length) return Promise.resolve([]);
    return em.query<AttendeeFacts[]>(
      `SELECT a.booking_id AS "bookingId", u.id, u.email, u.display_name AS name, u.locale
         FROM booking_attendees a JOIN users u ON u.id = a.user_id
        WHERE a.booking_id = ANY($1::uuid[]) AND u.active
        ORDER BY u.display_name, u.id`,
      [ids],
    );
  }
}
