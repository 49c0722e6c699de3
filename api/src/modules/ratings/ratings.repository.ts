import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type RatingRow = { bookingId: string; score: number; comment: string | null; createdAt: Date; updatedAt: Date };

/** Statuses a booking can be rated in: it happened (a no-show or a cancellation did not). */
export const RATEABLE_STATUSES_SQL = `('CONFIRMED','CHECKED_IN','COMPLETED')`;

@Injectable()
export class RatingsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The viewer's own booking, if it may be rated now (started, and not cancelled, rejected or released). */
  async rateable(bookingId: string, userId: string, now: Date): Promise<{ rateable: boolean } | undefined> {
    const [row] = await this.ds.query<{ rateable: boolean }[]>(
      `SELECT status IN ${RATEABLE_STATUSES_SQL} AND starts_at <= $3 AS rateable FROM bookings WHERE id = $1 AND booker_id = $2`,
      [bookingId, userId, now],
    );
    return row;
  }

  async upsert(r: { bookingId: string; userId: string; score: number; comment: string | null }): Promise<RatingRow> {
    const [row] = await this.ds.query<RatingRow[]>(
      `INSERT INTO booking_ratings (booking_id, user_id, score, comment) VALUES ($1, $2, $3, $4)
       ON CONFLICT (booking_id) DO UPDATE SET score = EXCLUDED.score, comment = EXCLUDED.comment, updated_at = now()
       RETURNING booking_id AS "bookingId", score, comment, created_at AS "createdAt", updated_at AS "updatedAt"`,
      [r.bookingId, r.userId, r.score, r.comment],
    );
    return row!;
  }

  async forBookings(ids: readonly string[], userId: string): Promise<Map<string, RatingRow>> {
    if (!ids.length) return new Map();
    const rows = await this.ds.query<RatingRow[]>(
      `SELECT booking_id AS "bookingId", score, comment, created_at AS "createdAt", updated_at AS "updatedAt"
         FROM booking_ratings WHERE booking_id = ANY($1::uuid[]) AND user_id = $2`,
      [ids, userId],
    );
    return new Map(rows.map((r) => [r.bookingId, r]));
  }

  /** The viewer's bookings that ended in the last week and are not rated yet, most recent first. */
  async unrated(userId: string, now: Date, limit: number): Promise<string[]> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT b.id FROM bookings b
        WHERE b.booker_id = $1 AND b.status IN ${RATEABLE_STATUSES_SQL}
          AND b.ends_at <= $2 AND b.ends_at > $2::timestamptz - interval '7 days' AND b.starts_at > $2::timestamptz - interval '8 days'
          AND NOT EXISTS (SELECT 1 FROM booking_ratings r WHERE r.booking_id = b.id)
        ORDER BY b.ends_at DESC LIMIT $3`,
      [userId, now, limit],
    );
    return rows.map((r) => r.id);
  }
}
