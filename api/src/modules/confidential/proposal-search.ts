import { DomainError } from '../../common/errors/domain-error.js';
import { addDays, fromLocal, isoWeekday } from '../../common/time/local-time.js';
import { checkBookingRules } from '../bookings/booking-policy.js';
import type { SiteCalendar } from '../sites/site-calendar.js';
import type { BookingRules } from '../spaces/booking-rules.js';
import type { Interval } from './consultations.repository.js';

export type SearchRoom = { spaceId: string; rules: BookingRules; busy: readonly Interval[] };
export type SearchSite = { siteId: string; isSatellite: boolean; calendar: SiteCalendar; rooms: readonly SearchRoom[] };
export type Slot = { spaceId: string; siteId: string; startsAt: Date; endsAt: Date };
export type SearchQuery = {
  from: string;
  to: string;
  durationMinutes: number;
  now: Date;
  /** The social worker's own live bookings: a proposal never overlaps them. */
  workerBusy: readonly Interval[];
  slotsPerSite: number;
};

const MINUTE = 60_000;
const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

function passesRules(rules: BookingRules, calendar: SiteCalendar, startsAt: Date, endsAt: Date, now: Date): boolean {
  try {
    checkBookingRules({ startsAt, endsAt, now, rules, calendar });
    return true;
  } catch (err) {
    if (err instanceof DomainError) return false;
    throw err;
  }
}

/**
 * The earliest `slotsPerSite` distinct, non-overlapping times at one site, each in a room that is
 * free including its buffer on both sides, inside opening hours and every other booking rule, and
 * clear of the worker's own bookings. Chosen slots count as busy for the next, so all of them can
 * be held at once.
 */
export function findSlots(site: SearchSite, q: SearchQuery): Slot[] {
  const tz = site.calendar.timeZone;
  const rooms = site.rooms.map((r) => ({ ...r, busy: [...r.busy] }));
  const step = Math.min(...rooms.map((r) => r.rules.slotMinutes));
  const chosen: Slot[] = [];
  for (let date = q.from; date <= q.to && chosen.length < q.slotsPerSite; date = addDays(date, 1)) {
    if (site.calendar.closures.has(date)) continue;
    for (const block of site.calendar.hours.get(isoWeekday(date)) ?? []) {
      for (let t = Math.ceil(block.opens / step) * step; t + q.durationMinutes <= block.closes; t += step) {
        if (chosen.length >= q.slotsPerSite) return chosen;
        const startsAt = fromLocal(date, t, tz);
        const endsAt = fromLocal(date, t + q.durationMinutes, tz);
        if (!startsAt || !endsAt) continue;
        const talk = { start: startsAt.getTime(), end: endsAt.getTime() };
        const last = chosen[chosen.length - 1];
        if (last && talk.start < last.endsAt.getTime()) continue;
        if (q.workerBusy.some((b) => overlaps(b, talk))) continue;
        const room = rooms.find(
          (r) =>
            !r.busy.some((b) => overlaps(b, { start: talk.start, end: talk.end + r.rules.bufferMinutes * MINUTE })) &&
            passesRules(r.rules, site.calendar, startsAt, endsAt, q.now),
        );
        if (!room) continue;
        chosen.push({ spaceId: room.spaceId, siteId: site.siteId, startsAt, endsAt });
        room.busy.push({ start: talk.start, end: talk.end + room.rules.bufferMinutes * MINUTE });
      }
    }
  }
  return chosen;
}

/**
 * The blueprint's rule: at least two locations with at least two times each. Prefers the main
 * building and a satellite; when no satellite has room, another main site; sites that cannot offer
 * enough come last, so the worker still sees what exists (`complete` says whether the rule is met).
 */
export function proposeSlots(sites: readonly SearchSite[], q: SearchQuery): { slots: Slot[]; siteIds: string[]; complete: boolean } {
  const found = sites.map((site) => ({ site, slots: findSlots(site, q) })).filter((f) => f.slots.length > 0);
  const full = found.filter((f) => f.slots.length >= q.slotsPerSite);
  const picked = [full.find((f) => !f.site.isSatellite), full.find((f) => f.site.isSatellite)].filter((f) => f !== undefined);
  for (const f of [...full, ...found]) if (picked.length < 2 && !picked.includes(f)) picked.push(f);
  picked.sort((a, b) => Number(a.site.isSatellite) - Number(b.site.isSatellite));
  return {
    slots: picked.flatMap((f) => f.slots),
    siteIds: picked.map((f) => f.site.siteId),
    complete: picked.length >= 2 && picked.every((f) => f.slots.length >= q.slotsPerSite),
  };
}
