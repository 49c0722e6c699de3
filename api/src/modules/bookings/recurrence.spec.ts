import { DomainError } from '../../common/errors/domain-error.js';
import { expandSeries, MAX_OCCURRENCES } from './recurrence.js';

const BXL = 'Europe/Brussels';
const at = (iso: string) => new Date(iso);

describe('expanding a recurring booking', () => {
  it('keeps 09:00–10:00 local across the last Sunday of March and of October', () => {
    const occ = expandSeries(
      at('2027-03-22T09:00:00+01:00'),
      at('2027-03-22T10:00:00+01:00'),
      { frequency: 'WEEKLY', interval: 1, count: 2 },
      BXL,
    );
    expect(occ).toEqual([
      { date: '2027-03-22', startsAt: at('2027-03-22T08:00:00Z'), endsAt: at('2027-03-22T09:00:00Z') },
      { date: '2027-03-29', startsAt: at('2027-03-29T07:00:00Z'), endsAt: at('2027-03-29T08:00:00Z') },
    ]);
    const autumn = expandSeries(
      at('2027-10-25T09:00:00+02:00'),
      at('2027-10-25T10:00:00+02:00'),
      { frequency: 'WEEKLY', interval: 1, until: '2027-11-01' },
      BXL,
    );
    expect(autumn.map((o) => 'startsAt' in o && o.startsAt.toISOString())).toEqual([
      '2027-10-25T07:00:00.000Z',
      '2027-11-01T08:00:00.000Z',
    ]);
  });

  it('marks a daily 02:30 that does not exist on 28 March 2027', () => {
    const occ = expandSeries(
      at('2027-03-27T02:30:00+01:00'),
      at('2027-03-27T03:30:00+01:00'),
      { frequency: 'DAILY', interval: 1, count: 3 },
      BXL,
    );
    expect(occ[1]).toEqual({ date: '2027-03-28', nonexistent: true });
    expect(occ[2]).toMatchObject({ date: '2027-03-29', startsAt: at('2027-03-29T00:30:00Z') });
  });

  it('counts the end date as included and honours weekdays and intervals', () => {
    const occ = expandSeries(
      at('2027-01-11T09:00:00+01:00'),
      at('2027-01-11T10:00:00+01:00'),
      { frequency: 'WEEKLY', interval: 2, byWeekday: [1, 3], until: '2027-01-27' },
      BXL,
    );
    expect(occ.map((o) => o.date)).toEqual(['2027-01-11', '2027-01-13', '2027-01-25', '2027-01-27']);
  });

  it('refuses a series with both or neither of until and count, or too many dates', () => {
    const s = at('2027-01-11T09:00:00+01:00');
    const e = at('2027-01-11T10:00:00+01:00');
    expect(() => expandSeries(s, e, { frequency: 'DAILY', interval: 1 }, BXL)).toThrow(DomainError);
    expect(() => expandSeries(s, e, { frequency: 'DAILY', interval: 1, count: 2, until: '2027-02-01' }, BXL)).toThrow(DomainError);
    try {
      expandSeries(s, e, { frequency: 'DAILY', interval: 1, until: '2028-12-31' }, BXL);
      throw new Error('no error');
    } catch (err) {
      expect((err as DomainError).code).toBe('BOOKING_SERIES_TOO_LONG');
    }
    expect(MAX_OCCURRENCES).toBe(260);
  });
});
