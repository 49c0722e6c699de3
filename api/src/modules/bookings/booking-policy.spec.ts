import { DomainError } from '../../common/errors/domain-error.js';
import type { SiteCalendar } from '../sites/site-calendar.js';
import type { BookingRules } from '../spaces/booking-rules.js';
import { checkBookingRules, type RuleCheck } from './booking-policy.js';

const rules: BookingRules = {
  slotMinutes: 15,
  minDurationMinutes: 30,
  maxDurationMinutes: 240,
  maxDaysAhead: 14,
  minNoticeMinutes: 0,
  bufferMinutes: 0,
  maxBookingsPerDay: 2,
  checkInRequired: true,
  checkInGraceMinutes: 15,
  checkInOpensMinutes: 15,
  releaseWarningMinutes: null,
};

// Monday–Friday 08:00–12:00 and 13:00–19:00; closed on 2027-01-15 (a Friday).
const calendar: SiteCalendar = {
  siteId: 's',
  timeZone: 'Europe/Brussels',
  hours: new Map(
    [1, 2, 3, 4, 5].map((d) => [
      d,
      [
        { opens: 480, closes: 720 },
        { opens: 780, closes: 1140 },
      ],
    ]),
  ),
  closures: new Map([['2027-01-15', 'Brugdag']]),
};

const now = new Date('2027-01-11T07:00:00Z'); // Monday 08:00 local

function reasonOf(overrides: Partial<RuleCheck> & { start: string; end: string }): string | undefined {
  try {
    checkBookingRules({ now, rules, calendar, ...overrides, startsAt: new Date(overrides.start), endsAt: new Date(overrides.end) });
    return undefined;
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return err.code;
  }
}

describe('booking rules', () => {
  it('accepts a booking inside an opening block on the grid', () => {
    expect(reasonOf({ start: '2027-01-12T09:00:00+01:00', end: '2027-01-12T11:00:00+01:00' })).toBeUndefined();
  });

  it.each([
    ['end before start', '2027-01-12T10:00:00+01:00', '2027-01-12T09:00:00+01:00', 'BOOKING_INVALID_RANGE'],
    ['zero length', '2027-01-12T10:00:00+01:00', '2027-01-12T10:00:00+01:00', 'BOOKING_INVALID_RANGE'],
    ['a start in the past', '2027-01-11T07:45:00+01:00', '2027-01-11T09:00:00+01:00', 'BOOKING_IN_PAST'],
    ['a start off the 15-minute grid', '2027-01-12T09:10:00+01:00', '2027-01-12T10:00:00+01:00', 'BOOKING_OFF_GRID'],
    ['an end off the grid', '2027-01-12T09:00:00+01:00', '2027-01-12T10:05:00+01:00', 'BOOKING_OFF_GRID'],
    ['seconds in the start', '2027-01-12T09:00:30+01:00', '2027-01-12T10:00:00+01:00', 'BOOKING_OFF_GRID'],
    ['15 minutes where 30 is the minimum', '2027-01-12T09:00:00+01:00', '2027-01-12T09:15:00+01:00', 'BOOKING_TOO_SHORT'],
    ['five hours where four is the maximum', '2027-01-12T13:00:00+01:00', '2027-01-12T18:15:00+01:00', 'BOOKING_TOO_LONG'],
    ['a closure day', '2027-01-15T09:00:00+01:00', '2027-01-15T10:00:00+01:00', 'BOOKING_ON_CLOSURE_DAY'],
    ['a Saturday without opening hours', '2027-01-16T09:00:00+01:00', '2027-01-16T10:00:00+01:00', 'BOOKING_OUTSIDE_OPENING_HOURS'],
    ['the lunch break between two blocks', '2027-01-12T11:30:00+01:00', '2027-01-12T13:30:00+01:00', 'BOOKING_OUTSIDE_OPENING_HOURS'],
    ['after closing', '2027-01-12T18:30:00+01:00', '2027-01-12T19:30:00+01:00', 'BOOKING_OUTSIDE_OPENING_HOURS'],
    ['more than 14 local days ahead', '2027-01-26T09:00:00+01:00', '2027-01-26T10:00:00+01:00', 'BOOKING_TOO_FAR_AHEAD'],
  ])('refuses %s', (_name, start, end, reason) => {
    expect(reasonOf({ start, end })).toBe(reason);
  });

  it('measures "days ahead" on the local start date: the 14th day is still fine', () => {
    expect(reasonOf({ start: '2027-01-25T18:00:00+01:00', end: '2027-01-25T19:00:00+01:00' })).toBeUndefined();
  });

  it('names the closing time of the block the booking starts in', () => {
    try {
      checkBookingRules({
        now,
        rules,
        calendar,
        startsAt: new Date('2027-01-12T18:00:00+01:00'),
        endsAt: new Date('2027-01-12T19:30:00+01:00'),
      });
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).details.params).toMatchObject({ opensAt: '13:00', closesAt: '19:00' });
      expect((err as DomainError).details.fieldErrors?.[0]?.field).toBe('endsAt');
    }
  });

  it('holds the minimum notice', () => {
    const withNotice = { ...rules, minNoticeMinutes: 120 };
    expect(reasonOf({ rules: withNotice, start: '2027-01-11T09:00:00+01:00', end: '2027-01-11T10:00:00+01:00' })).toBe(
      'BOOKING_TOO_SHORT_NOTICE',
    );
    expect(reasonOf({ rules: withNotice, start: '2027-01-11T10:00:00+01:00', end: '2027-01-11T11:00:00+01:00' })).toBeUndefined();
  });

  it('lets a booking that already started keep its start when only the end moves', () => {
    const later = new Date('2027-01-12T08:30:00Z');
    const started = { start: '2027-01-12T09:00:00+01:00', end: '2027-01-12T11:00:00+01:00', now: later };
    expect(reasonOf(started)).toBe('BOOKING_IN_PAST');
    expect(reasonOf({ ...started, keepsStartedStart: true })).toBeUndefined();
  });

  it('uses the site time zone for the grid and the hours, not UTC', () => {
    // 09:00 in Brussels is 08:00 UTC: on the grid and inside hours either way, but 07:30 UTC is 08:30 local.
    expect(reasonOf({ start: '2027-01-12T07:30:00Z', end: '2027-01-12T08:30:00Z' })).toBeUndefined();
    expect(reasonOf({ start: '2027-01-12T06:30:00Z', end: '2027-01-12T07:30:00Z' })).toBe('BOOKING_OUTSIDE_OPENING_HOURS');
  });
});
