import { isoWeekday, localDate, localMinutes, fromLocal } from '../../common/time/local-time.js';
import type { SiteCalendar } from '../sites/site-calendar.js';
import type { BookingRules } from '../spaces/booking-rules.js';
import { toGrid } from './check-in-window.js';

const MINUTE = 60_000;

export type WalkUpSlot =
  | { ok: true; startsAt: Date; latestEnd: Date }
  | { ok: false; reason: 'BOOKING_ON_CLOSURE_DAY' | 'BOOKING_OUTSIDE_OPENING_HOURS' | 'WALK_UP_SPACE_BUSY' | 'BOOKING_TOO_SHORT' };

/**
 * When a walk-up booking made at `now` would start and how late it may end: it starts on the
 * grid slot `now` falls in (or the next one when the slot's start is still taken by a buffer),
 * and ends at the latest at the end of the opening block, the longest allowed duration, or the
 * next booking of the space minus this space's buffer, whichever comes first.
 */
export function walkUpSlot(p: {
  now: Date;
  rules: BookingRules;
  calendar: SiteCalendar;
  /** The live booking whose blocked range covers `now`, if any. */
  current: { blockedUntil: Date } | null;
  /** When the last live booking before `now` stops blocking (its blocked_until), if after the slot start. */
  previousBlockedUntil: Date | null;
  nextStart: Date | null;
}): WalkUpSlot {
  const { now, rules, calendar } = p;
  const zone = calendar.timeZone;
  if (p.current) return { ok: false, reason: 'WALK_UP_SPACE_BUSY' };
  let startsAt = toGrid(now, rules.slotMinutes, zone, 'down');
  if (p.previousBlockedUntil && p.previousBlockedUntil.getTime() > startsAt.getTime()) {
    startsAt = toGrid(p.previousBlockedUntil, rules.slotMinutes, zone, 'up');
  }
  const date = localDate(startsAt, zone);
  if (calendar.closures.has(date)) return { ok: false, reason: 'BOOKING_ON_CLOSURE_DAY' };
  const startMin = localMinutes(startsAt, zone);
  const block = (calendar.hours.get(isoWeekday(date)) ?? []).find((b) => b.opens <= startMin && startMin < b.closes);
  if (!block) return { ok: false, reason: 'BOOKING_OUTSIDE_OPENING_HOURS' };
  const closes = fromLocal(date, block.closes, zone) ?? new Date(startsAt.getTime() + (block.closes - startMin) * MINUTE);
  const limits = [closes.getTime(), startsAt.getTime() + rules.maxDurationMinutes * MINUTE];
  if (p.nextStart) limits.push(p.nextStart.getTime() - rules.bufferMinutes * MINUTE);
  const latestEnd = toGrid(new Date(Math.min(...limits)), rules.slotMinutes, zone, 'down');
  if (latestEnd.getTime() - startsAt.getTime() < rules.minDurationMinutes * MINUTE) return { ok: false, reason: 'BOOKING_TOO_SHORT' };
  return { ok: true, startsAt, latestEnd };
}
