import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookingStatus } from '../bookings/booking-status.js';
import type { BookingDecision } from './booking-decision.entity.js';

export type RequestRow = {
  id: string;
  status: BookingStatus;
  bookerId: string;
  organisationId: string | null;
  seriesId: string | null;
  siteId: string;
  siteName: string;
  timeZone: string;
  spaceName: string;
  startsAt: Date;
  endsAt: Date;
  decideBy: Date | null;
};

export type RequestQuery = {
  statuses: readonly BookingStatus[];
  organisationId?: string;
  siteId?: string;
  seriesId?: string;
  from?: Date;
  to?: Date;
  limit: number;
};

export type DecisionRow = {
  bookingId: string;
  decision: BookingDecision;
  decidedById: string | null;
  decidedByName: string | null;
  decidedAt: Date;
  reason: string | null;
};

const SELECT = `
  SELECT b.id, b.status, b.booker_id AS "bookerId", b.organisation_id AS "organisationId", b.series_id AS "seriesId",
         si.id AS "siteId", si.name AS "siteName", si.time_zone AS "timeZone", s.name AS "spaceName",
         b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.decide_by AS "decideBy"
    FROM bookings b
    JOIN spaces s ON s.id = b.space_id
    JOIN floors f ON f.id = s.floor_id
    JOIN sites si ON si.id = f.site_id`;

/** A request is a booking of a partner organisation, or one that waited (or waits) for approval. */
const IS_REQUEST = `(b.organisation_id IS NOT NULL OR b.decide_by IS NOT NULL)`;

@Injectable()
export class BookingRequestsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(q: RequestQuery): Promise<RequestRow[]> {
    const params: unknown[] = [q.statuses];
    const where = [IS_REQUEST, `b.status = ANY($1::text[])`];
    if (q.organisationId) where.push(`b.organisation_id = $${params.push(q.organisationId)}`);
    if (q.siteId) where.push(`si.id = $${params.push(q.siteId)}`);
    if (q.seriesId) where.push(`b.series_id = $${params.push(q.seriesId)}`);
    if (q.from) where.push(`b.ends_at > $${params.push(q.from)}`);
    if (q.to) where.push(`b.starts_at < $${params.push(q.to)}`);
    // the most urgent decision first; otherwise in time order
    return this.ds.query<RequestRow[]>(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY b.decide_by NULLS LAST, b.starts_at, b.id LIMIT $${params.push(q.limit)}`,
      params,
    );
  }

  byIds(ids: readonly string[]): Promise<RequestRow[]> {
    return this.ds.query<RequestRow[]>(`${SELECT} WHERE b.id = ANY($1::uuid[]) ORDER BY b.starts_at, b.id`, [ids]);
  }

  /** Locks the requests (by id, or the pending dates of a series) for the rest of the transaction. */
  lock(target: { ids: readonly string[] } | { seriesId: string }, em: EntityManager): Promise<RequestRow[]> {
    if ('ids' in target) {
      return em.query<RequestRow[]>(`${SELECT} WHERE b.id = ANY($1::uuid[]) AND ${IS_REQUEST} ORDER BY b.starts_at, b.id FOR UPDATE OF b`, [
        target.ids,
      ]);
    }
    return em.query<RequestRow[]>(
      `${SELECT} WHERE b.series_id = $1 AND b.status = 'PENDING' AND b.decide_by IS NOT NULL ORDER BY b.starts_at, b.id FOR UPDATE OF b`,
      [target.seriesId],
    );
  }

  /** Pending requests whose deadline has passed, locked; others sweeping at the same time skip them. */
  due(now: Date, limit: number, em: EntityManager): Promise<RequestRow[]> {
    return em.query<RequestRow[]>(
      `${SELECT} WHERE b.status = 'PENDING' AND b.decide_by <= $1 ORDER BY b.decide_by, b.id LIMIT $2 FOR UPDATE OF b SKIP LOCKED`,
      [now, limit],
    );
  }

  /** Live bookings of these organisations that start after `now`, locked. */
  futureOfOrganisation(orgId: string, now: Date, em: EntityManager): Promise<RequestRow[]> {
    return em.query<RequestRow[]>(
      `${SELECT} WHERE b.organisation_id = $1 AND b.status IN ('PENDING', 'CONFIRMED') AND b.starts_at > $2
        ORDER BY b.starts_at, b.id FOR UPDATE OF b`,
      [orgId, now],
    );
  }

  /** Sets the status and writes the decision (who, when, why) for every booking. */
  async decide(
    ids: readonly string[],
    d: { status: BookingStatus; decision: BookingDecision; actorId: string | null; at: Date; reason: string | null },
    em: EntityManager,
  ): Promise<void> {
    if (!ids.length) return;
    await em.query(
      `UPDATE bookings SET status = $2, updated_at = $4, updated_by = coalesce($3::uuid, updated_by),
              cancelled_at = CASE WHEN $2 = 'CANCELLED' THEN $4::timestamptz ELSE cancelled_at END
        WHERE id = ANY($1::uuid[])`,
      [ids, d.status, d.actorId, d.at],
    );
    await em.query(
      `INSERT INTO booking_decisions (booking_id, decision, decided_by, decided_at, reason)
       SELECT unnest($1::uuid[]), $2::text, $3::uuid, $4::timestamptz, $5::text`,
      [ids, d.decision, d.actorId, d.at, d.reason],
    );
  }

  decisions(bookingIds: readonly string[]): Promise<DecisionRow[]> {
    if (!bookingIds.length) return Promise.resolve([]);
    return this.ds.query<DecisionRow[]>(
      `SELECT d.booking_id AS "bookingId", d.decision, d.decided_by AS "decidedById", u.display_name AS "decidedByName",
              d.decided_at AS "decidedAt", d.reason
         FROM booking_decisions d LEFT JOIN users u ON u.id = d.decided_by
        WHERE d.booking_id = ANY($1::uuid[]) ORDER BY d.decided_at, d.id`,
      [bookingIds],
    );
  }
}
