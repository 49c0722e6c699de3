import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '../../auth/roles.js';
import { LIVE_STATUSES_SQL } from '../bookings/booking-status.js';
import { NOT_SUSPENDED } from '../people/users.repository.js';

export type FeedRow = {
  id: string;
  ownerId: string;
  spaceId: string | null;
  spaceName: string | null;
  tokenHash: string;
  createdAt: Date;
  lastUsedAt: Date | null;
};

/** A live feed and who it belongs to, as the feed route needs it. */
export type FeedOwner = FeedRow & {
  ownerName: string;
  ownerLocale: 'nl-BE' | 'en';
  ownerRoles: Role[];
  organisationId: string | null;
  /** Active and not in a suspended organisation. */
  ownerActive: boolean;
};

export type FeedBooking = {
  id: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  title: string | null;
  sequence: number;
  confidential: boolean;
  spaceName: string;
  siteName: string;
  timeZone: string;
  bookerId: string;
  bookerName: string;
  organisationId: string | null;
  organisationName: string | null;
};

const FEED = `SELECT c.id, c.owner_id AS "ownerId", c.space_id AS "spaceId", s.name AS "spaceName", c.token_hash AS "tokenHash",
                     c.created_at AS "createdAt", c.last_used_at AS "lastUsedAt"
                FROM calendar_feeds c LEFT JOIN spaces s ON s.id = c.space_id`;

const BOOKINGS = `
  SELECT b.id, b.status, b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.title, b.calendar_sequence AS sequence,
         s.confidential, s.name AS "spaceName", si.name AS "siteName", si.time_zone AS "timeZone",
         b.booker_id AS "bookerId", u.display_name AS "bookerName", b.organisation_id AS "organisationId", o.name AS "organisationName"
    FROM bookings b
    JOIN spaces s ON s.id = b.space_id
    JOIN floors f ON f.id = s.floor_id
    JOIN sites si ON si.id = f.site_id
    JOIN users u ON u.id = b.booker_id
    LEFT JOIN organisations o ON o.id = b.organisation_id`;

/** Live bookings in the window; a proposal hold counts only while it holds. */
const LIVE_IN_WINDOW = `b.status IN ${LIVE_STATUSES_SQL} AND (b.hold_expires_at IS NULL OR b.hold_expires_at > $1)
  AND b.starts_at >= $2 AND b.starts_at < $3`;

export type FeedWindow = { now: Date; from: Date; to: Date; limit: number };

@Injectable()
export class CalendarFeedsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async insert(f: { ownerId: string; spaceId: string | null; tokenHash: string; createdAt: Date; id: string }): Promise<void> {
    await this.ds.query(`INSERT INTO calendar_feeds (id, owner_id, space_id, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)`, [
      f.id,
      f.ownerId,
      f.spaceId,
      f.tokenHash,
      f.createdAt,
    ]);
  }

  live(ownerId: string): Promise<FeedRow[]> {
    return this.ds.query<FeedRow[]>(`${FEED} WHERE c.owner_id = $1 AND c.revoked_at IS NULL ORDER BY c.space_id NULLS FIRST, s.name`, [
      ownerId,
    ]);
  }

  async find(id: string): Promise<FeedRow | undefined> {
    const [row] = await this.ds.query<FeedRow[]>(`${FEED} WHERE c.id = $1`, [id]);
    return row;
  }

  async revoke(id: string, ownerId: string, now: Date): Promise<boolean> {
    const [, count] = await this.ds.query<[unknown, number]>(
      `UPDATE calendar_feeds SET revoked_at = $3 WHERE id = $1 AND owner_id = $2 AND revoked_at IS NULL`,
      [id, ownerId, now],
    );
    return count > 0;
  }

  async byTokenHash(tokenHash: string): Promise<FeedOwner | undefined> {
    const [row] = await this.ds.query<FeedOwner[]>(
      `SELECT c.id, c.owner_id AS "ownerId", c.space_id AS "spaceId", s.name AS "spaceName", c.token_hash AS "tokenHash",
              c.created_at AS "createdAt", c.last_used_at AS "lastUsedAt", u.display_name AS "ownerName", u.locale AS "ownerLocale",
              u.roles AS "ownerRoles", u.organisation_id AS "organisationId", (u.active AND ${NOT_SUSPENDED}) AS "ownerActive"
         FROM calendar_feeds c JOIN users u ON u.id = c.owner_id LEFT JOIN spaces s ON s.id = c.space_id
        WHERE c.token_hash = $1 AND c.revoked_at IS NULL`,
      [tokenHash],
    );
    return row;
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.ds.query(`UPDATE calendar_feeds SET last_used_at = $2 WHERE id = $1`, [id, now]);
  }

  /** A staff member's bookings: booked by them or with them among the attendees. */
  personal(userId: string, w: FeedWindow): Promise<FeedBooking[]> {
    return this.ds.query<FeedBooking[]>(
      `${BOOKINGS}
        WHERE ${LIVE_IN_WINDOW}
          AND (b.booker_id = $4 OR EXISTS (SELECT 1 FROM booking_attendees a WHERE a.booking_id = b.id AND a.user_id = $4))
        ORDER BY b.starts_at, b.id LIMIT $5`,
      [w.now, w.from, w.to, userId, w.limit],
    );
  }

  /** A partner's feed: their organisation's bookings and nothing else. */
  organisation(organisationId: string, w: FeedWindow): Promise<FeedBooking[]> {
    return this.ds.query<FeedBooking[]>(
      `${BOOKINGS} WHERE ${LIVE_IN_WINDOW} AND b.organisation_id = $4 ORDER BY b.starts_at, b.id LIMIT $5`,
      [w.now, w.from, w.to, organisationId, w.limit],
    );
  }

  space(spaceId: string, w: FeedWindow): Promise<FeedBooking[]> {
    return this.ds.query<FeedBooking[]>(`${BOOKINGS} WHERE ${LIVE_IN_WINDOW} AND b.space_id = $4 ORDER BY b.starts_at, b.id LIMIT $5`, [
      w.now,
      w.from,
      w.to,
      spaceId,
      w.limit,
    ]);
  }

  async spaceExists(spaceId: string): Promise<boolean> {
    const [row] = await this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM spaces WHERE id = $1`, [spaceId]);
    return (row?.n ?? 0) > 0;
  }
}
