import { DomainError } from '../../common/errors/domain-error.js';
import { addDays, isoWeekday, localDate, localMinutes, minutesToTime } from '../../common/time/local-time.js';
import type { SiteCalendar } from '../sites/site-calendar.js';
import type { BookingRules } from '../spaces/booking-rules.js';

export type RuleCheck = {
  startsAt: Date;
  endsAt: Date;
  now: Date;
  rules: BookingRules;
  calendar: SiteCalendar;
  /** Moving or shortening a booking that already started: its start may lie in the past. */
  keepsStartedStart?: boolean;
};

const MINUTE = 60_000;

/**
 * Every rule that can be judged from the booking, the space's rules and the site's calendar alone.
 * Throws the first violation as a coded DomainError naming the field it concerns.
 */
export function checkBookingRules(c: RuleCheck): void {
  const { startsAt, endsAt, now, rules, calendar } = c;
  const zone = calendar.timeZone;
  if (!(endsAt.getTime() > startsAt.getTime())) {
    throw DomainError.field('BOOKING_INVALID_RANGE', 'endsAt', 'The end must be after the start');
  }
  if (!c.keepsStartedStart && startsAt.getTime() < now.getTime()) {
    throw DomainError.field('BOOKING_IN_PAST', 'startsAt', 'The start lies in the past');
  }
  if (endsAt.getTime() <= now.getTime()) {
    throw DomainError.field('BOOKING_IN_PAST', 'endsAt', 'The end lies in the past');
  }

  const date = localDate(startsAt, zone);
  const today = localDate(now, zone);
  const lastDay = addDays(today, rules.maxDaysAhead);
  if (date > lastDay) {
    throw DomainError.field('BOOKING_TOO_FAR_AHEAD', 'startsAt', `Book at most ${rules.maxDaysAhead} days ahead`, {
      maxDaysAhead: rules.maxDaysAhead,
      lastDate: lastDay,
    });
  }

  const startMin = localMinutes(startsAt, zone);
  const endMin = localMinutes(endsAt, zone, date);
  const slot = rules.slotMinutes;
  if (startMin % slot !== 0) {
    throw DomainError.field('BOOKING_OFF_GRID', 'startsAt', `Times must fall on a ${slot}-minute grid`, { slotMinutes: slot });
  }
  if (endMin % slot !== 0) {
    throw DomainError.field('BOOKING_OFF_GRID', 'endsAt', `Times must fall on a ${slot}-minute grid`, { slotMinutes: slot });
  }

  const minutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE;
  if (minutes < rules.minDurationMinutes) {
    throw DomainError.field('BOOKING_TOO_SHORT', 'endsAt', `Book at least ${rules.minDurationMinutes} minutes`, {
      minDurationMinutes: rules.minDurationMinutes,
    });
  }
  if (minutes > rules.maxDurationMinutes) {
    throw DomainError.field('BOOKING_TOO_LONG', 'endsAt', `Book at most ${rules.maxDurationMinutes} minutes`, {
      maxDurationMinutes: rules.maxDurationMinutes,
    });
  }

  const closure = calendar.closures.get(date);
  if (closure !== undefined) {
    throw DomainError.field('BOOKING_ON_CLOSURE_DAY', 'startsAt', `The site is closed on ${date}: ${closure}`, {
      date,
      reason: closure,
    });
  }
  checkOpeningHours(calendar, date, startMin, endsAt);

  if (!c.keepsStartedStart && startsAt.getTime() < now.getTime() + rules.minNoticeMinutes * MINUTE) {
    throw DomainError.field('BOOKING_TOO_SHORT_NOTICE', 'startsAt', `Book at least ${rules.minNoticeMinutes} minutes ahead`, {
      minNoticeMinutes: rules.minNoticeMinutes,
    });
  }
}

function checkOpeningHours(calendar: SiteCalendar, date: string, startMin: number, endsAt: Date): void {
  const blocks = calendar.hours.get(isoWeekday(date)) ?? [];
  const endDate = localDate(endsAt, calendar.timeZone);
  const endMin = localMinutes(endsAt, calendar.timeZone, date);
  const sameDay = endDate === date || endMin === 1440;
  if (sameDay && blocks.some((b) => b.opens <= startMin && endMin <= b.closes)) return;
  if (blocks.length === 0) {
    throw DomainError.field('BOOKING_OUTSIDE_OPENING_HOURS', 'startsAt', `The site is closed on this weekday`, {
      closedAllDay: true,
    });
  }
  // Name the block the booking starts in (or the day's first and last hour when it starts outside all).
  const inBlock = blocks.find((b) => b.opens <= startMin && startMin < b.closes);
  const opens = inBlock?.opens ?? blocks[0]!.opens;
  const closes = inBlock?.closes ?? blocks[blocks.length - 1]!.closes;
  const field = inBlock ? 'endsAt' : 'startsAt';
  throw DomainError.field(
    'BOOKING_OUTSIDE_OPENING_HOURS',
    field,
    `Outside opening hours: open ${minutesToTime(opens)}–${minutesToTime(closes)}`,
    { opensAt: minutesToTime(opens), closesAt: minutesToTime(closes), closedAllDay: false },
  );
}
