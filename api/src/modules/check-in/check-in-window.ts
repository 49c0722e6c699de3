import { DateTime } from 'luxon';
import { fromLocal, localDate, toZone } from '../../common/time/local-time.js';
import type { BookingStatus } from '../bookings/booking-status.js';

const MINUTE = 60_000;

export type CheckInRules = {
  checkInRequired: boolean;
  checkInOpensMinutes: number;
  checkInGraceMinutes: number;
  releaseWarningMinutes: number | null;
};

export type CheckInSubject = {
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  /** When a no-show warning was recorded: the booking is released at this instant instead. */
  releaseAt?: Date | null;
};

/**
 * The half-open window [opensAt, closesAt) in which the booker may check in: it opens
 * `checkInOpensMinutes` before the start. When check-in is required it closes when the booking
 * would be released (start + grace, plus the warning period for spaces that warn first);
 * otherwise it stays open until the end.
 */
export function checkInWindow(b: CheckInSubject, rules: CheckInRules): { opensAt: Date; closesAt: Date } {
  const opensAt = new Date(b.startsAt.getTime() - rules.checkInOpensMinutes * MINUTE);
  if (!rules.checkInRequired) return { opensAt, closesAt: b.endsAt };
  const warning = rules.releaseWarningMinutes ?? 0;
  const planned = b.startsAt.getTime() + (rules.checkInGraceMinutes + warning) * MINUTE;
  const closes = Math.min(Math.max(planned, b.releaseAt?.getTime() ?? 0), b.endsAt.getTime());
  return { opensAt, closesAt: new Date(closes) };
}

export type CheckInVerdict = 'OK' | 'CHECK_IN_NOT_CONFIRMED' | 'CHECK_IN_ALREADY' | 'CHECK_IN_TOO_EARLY' | 'CHECK_IN_TOO_LATE';

export function checkInVerdict(b: CheckInSubject, rules: CheckInRules, now: Date): CheckInVerdict {
  if (b.status === 'CHECKED_IN') return 'CHECK_IN_ALREADY';
  if (b.status !== 'CONFIRMED') return 'CHECK_IN_NOT_CONFIRMED';
  const { opensAt, closesAt } = checkInWindow(b, rules);
  if (now.getTime() < opensAt.getTime()) return 'CHECK_IN_TOO_EARLY';
  if (now.getTime() >= closesAt.getTime()) return 'CHECK_IN_TOO_LATE';
  return 'OK';
}

/** A checked-in booking can be ended early once it has started and before it ends. */
export function canCheckOut(b: CheckInSubject, now: Date): boolean {
  return b.status === 'CHECKED_IN' && now.getTime() > b.startsAt.getTime() && now.getTime() < b.endsAt.getTime();
}

/**
 * The instant on the local `slotMinutes` grid at or after (`up`) or at or before (`down`) the
 * given one, in the site's zone. Where the local time does not exist (the spring-forward hour) the
 * plain UTC grid is used, which is the same grid for whole-hour offsets.
 */
export function toGrid(instant: Date, slotMinutes: number, zone: string, direction: 'up' | 'down'): Date {
  const dt = toZone(instant, zone);
  const exact = dt.hour * 60 + dt.minute + (dt.second * 1000 + dt.millisecond) / MINUTE;
  const minutes = direction === 'up' ? Math.ceil(exact / slotMinutes) * slotMinutes : Math.floor(exact / slotMinutes) * slotMinutes;
  const local = fromLocal(localDate(instant, zone), minutes, zone);
  const plain = slotMinutes * MINUTE;
  const fallback = new Date((direction === 'up' ? Math.ceil : Math.floor)(instant.getTime() / plain) * plain);
  // In the repeated autumn hour fromLocal picks the first occurrence: it must lie within one slot of the instant.
  const gap = local ? (direction === 'up' ? local.getTime() - instant.getTime() : instant.getTime() - local.getTime()) : -1;
  return local && gap >= 0 && gap < plain ? local : fallback;
}

/** Local hour and minute, for messages. */
export function localClock(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm');
}
