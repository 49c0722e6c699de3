import type { SiteCalendar } from '../sites/site-calendar.js';
import type { BookingRules } from '../spaces/booking-rules.js';
import { findSlots, proposeSlots, type SearchSite } from './proposal-search.js';

// Only the rules the search consults; other features may add more.
const RULES = {
  slotMinutes: 15,
  minDurationMinutes: 15,
  maxDurationMinutes: 240,
  maxDaysAhead: 90,
  minNoticeMinutes: 0,
  bufferMinutes: 15,
  maxBookingsPerDay: null,
  checkInRequired: false,
  checkInGraceMinutes: 15,
} as BookingRules;

const at = (iso: string) => new Date(iso).getTime();
const blocks = (days: number[], opens: number, closes: number) => new Map(days.map((d) => [d, [{ opens, closes }]]));

function site(
  id: string,
  opts: { satellite?: boolean; hours?: SiteCalendar['hours']; closures?: [string, string][]; busy?: [string, string][] } = {},
): SearchSite {
  return {
    siteId: id,
    isSatellite: opts.satellite ?? false,
    calendar: {
      siteId: id,
      timeZone: 'Europe/Brussels',
      hours: opts.hours ?? blocks([1, 2, 3, 4, 5], 9 * 60, 12 * 60),
      closures: new Map(opts.closures ?? []),
    },
    rooms: [{ spaceId: `${id}-room`, rules: RULES, busy: (opts.busy ?? []).map(([s, e]) => ({ start: at(s), end: at(e) })) }],
  };
}

const query = {
  from: '2027-01-12',
  to: '2027-01-14',
  durationMinutes: 60,
  now: new Date('2027-01-11T08:00:00+01:00'),
  workerBusy: [],
  slotsPerSite: 2,
};
const local = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Brussels' }).slice(0, 16);

describe('finding slots to propose', () => {
  it('takes the earliest free times that do not overlap each other, keeping the buffer after every talk', () => {
    const slots = findSlots(site('main'), query);
    expect(slots.map((s) => [local(s.startsAt), local(s.endsAt)])).toEqual([
      ['2027-01-12 09:00', '2027-01-12 10:00'],
      ['2027-01-12 10:15', '2027-01-12 11:15'],
    ]);
  });

  it('keeps clear of booked rooms (and their buffer) and of the worker’s own bookings', () => {
    const slots = findSlots(site('main', { busy: [['2027-01-12T09:00:00+01:00', '2027-01-12T10:15:00+01:00']] }), {
      ...query,
      workerBusy: [{ start: at('2027-01-12T10:30:00+01:00'), end: at('2027-01-12T11:00:00+01:00') }],
    });
    // 10:15 would end 11:15, over the worker's 10:30; 11:00 needs until 12:00: fits
    expect(slots.map((s) => local(s.startsAt))).toEqual(['2027-01-12 11:00', '2027-01-13 09:00']);
    // the room is busy until 10:15 including its buffer: a talk may start at 10:15, not before
    const tight = findSlots(site('main', { busy: [['2027-01-12T08:00:00+01:00', '2027-01-12T10:15:00+01:00']] }), query);
    expect(local(tight[0]!.startsAt)).toBe('2027-01-12 10:15');
  });

  it('skips closure days, closed weekdays and times before the minimum notice', () => {
    const slots = findSlots(site('sat', { hours: blocks([2, 4], 9 * 60, 11 * 60), closures: [['2027-01-12', 'Sluitingsdag']] }), query);
    expect(slots.map((s) => local(s.startsAt))).toEqual(['2027-01-14 09:00']);
    const late = findSlots(site('main'), { ...query, now: new Date('2027-01-12T09:40:00+01:00') });
    expect(local(late[0]!.startsAt)).toBe('2027-01-12 09:45');
  });

  it('finds the right instants on the night summer time starts', () => {
    const sunday = site('main', { hours: blocks([7], 0, 6 * 60) });
    const slots = findSlots(sunday, { ...query, from: '2027-03-28', to: '2027-03-28', now: new Date('2027-03-27T08:00:00+01:00') });
    // 00:00 is still winter time (UTC+1); 02:00–03:00 does not exist, so a talk starting 01:15–02:45 would
    // end at a wall-clock time that does not exist: the next slot is 03:00 summer time (UTC+2)
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual(['2027-03-27T23:00:00.000Z', '2027-03-28T01:00:00.000Z']);
    expect(slots[1]!.endsAt.getTime() - slots[1]!.startsAt.getTime()).toBe(60 * 60_000);
  });
});

describe('proposing to a citizen', () => {
  it('offers the main building and a satellite, two times each, main building first', () => {
    const r = proposeSlots([site('sat', { satellite: true }), site('main'), site('other')], query);
    expect(r.siteIds).toEqual(['main', 'sat']);
    expect(r.complete).toBe(true);
    expect(r.slots).toHaveLength(4);
  });

  it('falls back to a second main site when no satellite has room, and says when the rule cannot be met', () => {
    const full = site('sat', { satellite: true, busy: [['2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z']] });
    expect(proposeSlots([full, site('main'), site('other')], query)).toMatchObject({ siteIds: ['main', 'other'], complete: true });
    const alone = proposeSlots([full, site('main')], query);
    expect(alone).toMatchObject({ siteIds: ['main'], complete: false });
    expect(alone.slots).toHaveLength(2);
  });
});
