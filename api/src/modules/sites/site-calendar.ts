import { isoWeekday, localDate, localMinutes } from '../../common/time/local-time.js';

/** Opening blocks and closure days of one site, as the booking rules need them. */
export type OpeningBlock = { opens: number; closes: number };

export type SiteCalendar = {
  siteId: string;
  timeZone: string;
  /** ISO weekday (1 = Monday) → opening blocks in minutes since local midnight, sorted. */
  hours: ReadonlyMap<number, readonly OpeningBlock[]>;
  /** Local date → reason, for the dates that were loaded. */
  closures: ReadonlyMap<string, string>;
};

/** Sorts a day's blocks and joins those that touch (08:00–17:00 + 17:00–19:00 is 08:00–19:00). */
export function mergeBlocks(blocks: readonly OpeningBlock[]): OpeningBlock[] {
  const merged: OpeningBlock[] = [];
  for (const b of [...blocks].sort((x, y) => x.opens - y.opens)) {
    const last = merged[merged.length - 1];
    if (last && b.opens <= last.closes) last.closes = Math.max(last.closes, b.closes);
    else merged.push({ ...b });
  }
  return merged;
}

/**
 * Why a booking of [startsAt, endsAt) does not fit the site's calendar (a closure day, or outside
 * every opening block of its day), or null when it fits. Judged as booking-policy judges a new booking.
 */
export function calendarProblem(startsAt: Date, endsAt: Date, calendar: SiteCalendar): 'CLOSURE_DAY' | 'OUTSIDE_OPENING_HOURS' | null {
  const zone = calendar.timeZone;
  const date = localDate(startsAt, zone);
  if (calendar.closures.has(date)) return 'CLOSURE_DAY';
  const startMin = localMinutes(startsAt, zone);
  const endMin = localMinutes(endsAt, zone, date);
  const sameDay = localDate(endsAt, zone) === date || endMin === 1440;
  const blocks = calendar.hours.get(isoWeekday(date)) ?? [];
  return sameDay && blocks.some((b) => b.opens <= startMin && endMin <= b.closes) ? null : 'OUTSIDE_OPENING_HOURS';
}
