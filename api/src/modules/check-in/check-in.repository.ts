import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { LIVE_STATUSES_SQL, type BookingStatus } from '../bookings/booking-status.js';
import type { SpaceKind } from '../spaces/space-kind.js';
import type { CheckInRules } from './check-in-window.js';

/** A booking with what check-in needs: its space's effective rules, zone and any no-show warning. */
export type CheckInRow = CheckInRules & {
  id: string;
  bookerId: string;
  spaceId: string;
  spaceKind: SpaceKind;
  siteId: string;
  timeZone: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
  bufferMinutes: number;
  releaseAt: Date | null;
};

/** Consultation rooms and other confidential spaces always warn first, whatever the rules say. */
export const RELEASE_WARNING_SQL = `coalesce(o.release_warning_minutes, k.release_warning_minutes,
  CASE WHEN s.kind = 'CONSULTATION_ROOM' OR s.confidential THEN 15 END)`;

const RULES = (alias: string) => `
  coalesce(o.check_in_required, k.check_in_required) AS "checkInRequired",
  coalesce(o.check_in_opens_minutes, k.check_in_opens_minutes) AS "checkInOpensMinutes",
  coalesce(o.check_in_grace_minutes, k.check_in_grace_minutes) AS "checkInGraceMinutes",
  ${RELEASE_WARNING_SQL} AS "releaseWarningMinutes",
  coalesce(o.slot_minutes, k.slot_minutes) AS "slotMinutes",
  coalesce(o.buffer_minutes, k.buffer_minutes) AS "bufferMinutes",
  ${alias}.id, ${alias}.booker_id AS "bookerId", ${alias}.space_id AS "spaceId", s.kind AS "spaceKind", f.site_id AS "siteId",
  si.time_zone AS "timeZone", ${alias}.status, ${alias}.starts_at AS "startsAt", ${alias}.ends_at AS "endsAt", w.release_at AS "releaseAt"`;

const FROM = (alias: string) => `
    JOIN spaces s ON s.id = ${alias}.space_id
    JOIN floors f ON f.id = s.floor_id
    JOIN sites si ON si.id = f.site_id
    JOIN booking_rules k ON k.space_kind = s.kind
    LEFT JOIN booking_rules o ON o.space_id = s.id
    LEFT JOIN no_show_warnings w ON w.booking_id = ${alias}.id`;

export type SpaceMoment = {
  /** A live booking whose blocked range covers the instant: its booker and when the space is free again. */
  current: { id: string; bookerId: string; blockedUntil: Date } | null;
  /** The latest end of the blocked range of a live booking that ended at or before the instant (within a day). */
  previousBlockedUntil: Date | null;
  /** Start of the next live booking after the instant (within a day); the caller subtracts its own buffer. */
  nextStart: Date | null;
};

@Injectable()
export class CheckInRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The booking, locked for the rest of the transaction. */
  async lock(id: string, em: EntityManager): Promise<CheckInRow | undefined> {
    const [row] = await em.query<CheckInRow[]>(`SELECT ${RULES('b')} FROM bookings b ${FROM('b')} WHERE b.id = $1 FOR UPDATE OF b`, [id]);
    return row;
  }

  async rows(ids: readonly string[]): Promise<Map<string, CheckInRow>> {
    if (!ids.length) return new Map();
    const rows = await this.ds.query<CheckInRow[]>(`SELECT ${RULES('b')} FROM bookings b ${FROM('b')} WHERE b.id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The viewer's own live bookings of the space around `now` (check-in opens at most 240 minutes early). */
  async ownAround(userId: string, spaceId: string, now: Date): Promise<CheckInRow[]> {
    return this.ds.query<CheckInRow[]>(
      `SELECT ${RULES('b')} FROM bookings b ${FROM('b')}
        WHERE b.booker_id = $1 AND b.space_id = $2 AND b.status IN ('CONFIRMED', 'CHECKED_IN')
          AND b.starts_at <= $3::timestamptz + interval '240 minutes' AND b.ends_at > $3
        ORDER BY b.starts_at`,
      [userId, spaceId, now],
    );
  }

  /** Own bookings (any space) whose check-in is open at `now` or that are checked in now. */
  async ownNow(userId: string, now: Date): Promise<CheckInRow[]> {
    return this.ds.query<CheckInRow[]>(
      `SELECT ${RULES('b')} FROM bookings b ${FROM('b')}
        WHERE b.booker_id = $1 AND b.status IN ('CONFIRMED', 'CHECKED_IN')
          AND b.starts_at <= $2::timestamptz + interval '240 minutes' AND b.ends_at > $2
          AND b.starts_at > $2::timestamptz - interval '1 day'
        ORDER BY b.starts_at LIMIT 20`,
      [userId, now],
    );
  }

  async spaceMoment(spaceId: string, at: Date, em: EntityManager = this.ds.manager): Promise<SpaceMoment> {
    const [current] = await em.query<{ id: string; bookerId: string; blockedUntil: Date }[]>(
      `SELECT id, booker_id AS "bookerId", blocked_until AS "blockedUntil" FROM bookings
        WHERE space_id = $1 AND status IN ${LIVE_STATUSES_SQL} AND starts_at > $2::timestamptz - interval '28 hours'
          AND tstzrange(starts_at, blocked_until, '[)') @> $2::timestamptz
        ORDER BY blocked_until DESC LIMIT 1`,
      [spaceId, at],
    );
    const [around] = await em.query<{ nextStart: Date | null; previousBlockedUntil: Date | null }[]>(
      `SELECT min(starts_at) FILTER (WHERE starts_at > $2) AS "nextStart",
              max(blocked_until) FILTER (WHERE blocked_until <= $2) AS "previousBlockedUntil"
         FROM bookings
        WHERE space_id = $1 AND status IN ${LIVE_STATUSES_SQL}
          AND starts_at > $2::timestamptz - interval '28 hours' AND starts_at < $2::timestamptz + interval '1 day'`,
      [spaceId, at],
    );
    return { current: current ?? null, nextStart: around?.nextStart ?? null, previousBlockedUntil: around?.previousBlockedUntil ?? null };
  }

  async markCheckedIn(id: string, at: Date, actorId: string, em: EntityManager): Promise<void> {
    await em.query(`UPDATE bookings SET status = 'CHECKED_IN', checked_in_at = $2, updated_by = $3, updated_at = now() WHERE id = $1`, [
      id,
      at,
      actorId,
    ]);
  }

  /** Ends a checked-in booking early: the rest of its slot (and buffer) is free again. */
  async endEarly(id: string, endsAt: Date, blockedUntil: Date, actorId: string, em: EntityManager): Promise<void> {
    await em.query(
      `UPDATE bookings SET status = 'COMPLETED', ends_at = $2, blocked_until = $3, updated_by = $4, updated_at = now() WHERE id = $1`,
      [id, endsAt, blockedUntil, actorId],
    );
  }
}
