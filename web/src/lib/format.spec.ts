import { formatDate, formatRange, formatTime, localDateOf } from './format';

const BXL = 'Europe/Brussels';

describe('dates as Plekwijzer shows them', () => {
  it('writes Dutch dates as "di 24 nov. 2026" and English as "Tue, 24 Nov 2026"', () => {
    const d = new Date('2026-11-24T09:00:00Z');
    expect(formatDate(d, 'nl-BE', BXL)).toBe('di 24 nov. 2026');
    expect(formatDate(d, 'en', BXL)).toMatch(/Tue,? 24 Nov 2026/);
    expect(formatDate(new Date('2027-05-03T09:00:00Z'), 'nl-BE', BXL)).toBe('ma 3 mei 2027');
  });

  it('uses 24-hour times in the site’s zone, summer and winter', () => {
    expect(formatTime(new Date('2027-01-12T16:30:00Z'), BXL)).toBe('17:30');
    expect(formatTime(new Date('2027-07-12T16:30:00Z'), BXL)).toBe('18:30');
  });

  it('writes a range within one day with one date, and knows the local date near midnight', () => {
    expect(formatRange(new Date('2026-11-24T08:00:00Z'), new Date('2026-11-24T09:30:00Z'), 'nl-BE', BXL)).toBe(
      'di 24 nov. 2026, 09:00–10:30',
    );
    expect(localDateOf(new Date('2026-11-24T23:30:00Z'), BXL)).toBe('2026-11-25');
  });
});
