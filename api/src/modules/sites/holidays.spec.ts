import { isKnownHolidayRegion, publicHolidays } from './holidays.js';

describe('Belgian public holidays from the holiday library', () => {
  it('includes the national days and the Flemish Community holiday of 11 July', () => {
    const days = publicHolidays('BE-VLG', 2027);
    const dates = days.map((d) => d.date);
    expect(dates).toEqual(
      expect.arrayContaining([
        '2027-01-01',
        '2027-03-29',
        '2027-05-01',
        '2027-05-06',
        '2027-05-17',
        '2027-07-11',
        '2027-07-21',
        '2027-08-15',
        '2027-11-01',
        '2027-11-11',
        '2027-12-25',
      ]),
    );
    expect(days.find((d) => d.date === '2027-07-11')?.name).toMatch(/Vlaamse Gemeenschap/);
  });

  it('does not make observances such as Valentine’s Day or Mother’s Day a closure day', () => {
    const dates = publicHolidays('BE-VLG', 2027).map((d) => d.date);
    expect(dates).not.toContain('2027-02-14');
    expect(dates).not.toContain('2027-05-09');
  });

  it('gives Wallonia its own community day instead of 11 July', () => {
    const dates = publicHolidays('BE-WAL', 2027).map((d) => d.date);
    expect(dates).toContain('2027-09-27');
    expect(dates).not.toContain('2027-07-11');
  });

  it('recognises regions the library knows and rejects others', () => {
    expect(isKnownHolidayRegion('BE-VLG')).toBe(true);
    expect(isKnownHolidayRegion('BE')).toBe(true);
    expect(isKnownHolidayRegion('BE-XX')).toBe(false);
    expect(isKnownHolidayRegion('ZZ')).toBe(false);
  });
});
