import { fromLocal, localDate, localMinutes } from './local-time.js';

const BXL = 'Europe/Brussels';

describe('local wall-clock times in Europe/Brussels', () => {
  it('maps a winter and a summer 09:00 to different UTC hours', () => {
    expect(fromLocal('2027-01-12', 9 * 60, BXL)?.toISOString()).toBe('2027-01-12T08:00:00.000Z');
    expect(fromLocal('2027-07-12', 9 * 60, BXL)?.toISOString()).toBe('2027-07-12T07:00:00.000Z');
  });

  it('has no 02:30 on the last Sunday of March 2027 (clocks jump 02:00 → 03:00)', () => {
    expect(fromLocal('2027-03-28', 2 * 60 + 30, BXL)).toBeUndefined();
    expect(fromLocal('2027-03-28', 3 * 60, BXL)?.toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('takes the first of the two 02:30s on the last Sunday of October 2027', () => {
    expect(fromLocal('2027-10-31', 2 * 60 + 30, BXL)?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('knows the end of a local day, 24:00, on 23- and 25-hour days', () => {
    expect(fromLocal('2027-03-28', 1440, BXL)?.toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(fromLocal('2027-10-31', 1440, BXL)?.toISOString()).toBe('2027-10-31T23:00:00.000Z');
  });

  it('reads an instant back as local date and minutes, midnight as 1440 of the day before', () => {
    const end = new Date('2027-03-28T22:00:00Z');
    expect(localDate(end, BXL)).toBe('2027-03-29');
    expect(localMinutes(end, BXL, '2027-03-28')).toBe(1440);
    expect(localMinutes(new Date('2027-03-28T07:15:00Z'), BXL)).toBe(9 * 60 + 15);
  });
});
