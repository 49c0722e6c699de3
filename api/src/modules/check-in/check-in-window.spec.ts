import { canCheckOut, checkInVerdict, checkInWindow, toGrid } from './check-in-window.js';

const Z = 'Europe/Brussels';
const rules = { checkInRequired: true, checkInOpensMinutes: 15, checkInGraceMinutes: 15, releaseWarningMinutes: null };
const booking = {
  status: 'CONFIRMED' as const,
  startsAt: new Date('2027-01-11T09:00:00+01:00'),
  endsAt: new Date('2027-01-11T12:00:00+01:00'),
};
const t = (hhmmss: string) => new Date(`2027-01-11T${hhmmss}+01:00`);

describe('the check-in window', () => {
  it('runs from 15 minutes before the start to the end of the grace period, half-open', () => {
    expect(checkInWindow(booking, rules)).toEqual({ opensAt: t('08:45:00'), closesAt: t('09:15:00') });
    expect(checkInVerdict(booking, rules, t('08:44:59'))).toBe('CHECK_IN_TOO_EARLY');
    expect(checkInVerdict(booking, rules, t('08:45:00'))).toBe('OK');
    expect(checkInVerdict(booking, rules, t('09:14:59'))).toBe('OK');
    expect(checkInVerdict(booking, rules, t('09:15:00'))).toBe('CHECK_IN_TOO_LATE');
  });

  it('stays open for the warning period where no-shows are warned first, or until a recorded release time', () => {
    const warned = { ...rules, releaseWarningMinutes: 15 };
    expect(checkInWindow(booking, warned).closesAt).toEqual(t('09:30:00'));
    expect(checkInWindow({ ...booking, releaseAt: t('09:33:00') }, warned).closesAt).toEqual(t('09:33:00'));
  });

  it('stays open until the end when check-in is not required', () => {
    expect(checkInWindow(booking, { ...rules, checkInRequired: false }).closesAt).toEqual(booking.endsAt);
  });

  it('is never open for bookings that are not confirmed', () => {
    expect(checkInVerdict({ ...booking, status: 'CHECKED_IN' }, rules, t('09:00:00'))).toBe('CHECK_IN_ALREADY');
    expect(checkInVerdict({ ...booking, status: 'RELEASED' }, rules, t('09:00:00'))).toBe('CHECK_IN_NOT_CONFIRMED');
  });

  it('allows checking out of a checked-in booking between its start and end', () => {
    const b = { ...booking, status: 'CHECKED_IN' as const };
    expect(canCheckOut(b, t('08:59:00'))).toBe(false);
    expect(canCheckOut(b, t('10:00:00'))).toBe(true);
    expect(canCheckOut(b, t('12:00:00'))).toBe(false);
  });
});

describe('the local time grid', () => {
  it('rounds up and down to the slot in the site’s zone', () => {
    expect(toGrid(t('10:07:30'), 15, Z, 'up')).toEqual(t('10:15:00'));
    expect(toGrid(t('10:07:30'), 15, Z, 'down')).toEqual(t('10:00:00'));
    expect(toGrid(t('10:15:00'), 15, Z, 'up')).toEqual(t('10:15:00'));
    expect(toGrid(t('23:50:00'), 15, Z, 'up')).toEqual(new Date('2027-01-12T00:00:00+01:00'));
  });

  it('keeps to the right instant in the repeated autumn hour', () => {
    // 25 October 2026: 02:00–03:00 happens twice; 02:10 in winter time is 01:10 UTC
    const second = new Date('2026-10-25T01:10:00Z');
    expect(toGrid(second, 15, Z, 'up')).toEqual(new Date('2026-10-25T01:15:00Z'));
    expect(toGrid(second, 15, Z, 'down')).toEqual(new Date('2026-10-25T01:00:00Z'));
    const first = new Date('2026-10-25T00:10:00Z');
    expect(toGrid(first, 15, Z, 'up')).toEqual(new Date('2026-10-25T00:15:00Z'));
  });
});
