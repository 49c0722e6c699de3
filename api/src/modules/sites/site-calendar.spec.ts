import { calendarProblem, mergeBlocks, type SiteCalendar } from './site-calendar.js';

describe('opening blocks of a day', () => {
  it('joins blocks that touch so a booking may span them', () => {
    expect(
      mergeBlocks([
        { opens: 1020, closes: 1140 },
        { opens: 480, closes: 1020 },
      ]),
    ).toEqual([{ opens: 480, closes: 1140 }]);
  });

  it('keeps a real break apart', () => {
    expect(
      mergeBlocks([
        { opens: 480, closes: 720 },
        { opens: 780, closes: 1140 },
      ]),
    ).toEqual([
      { opens: 480, closes: 720 },
      { opens: 780, closes: 1140 },
    ]);
  });
});

describe('whether an existing booking still fits a changed calendar', () => {
  // Monday–Friday 08:00–12:00 and 13:00–17:00; Thursday also 18:00–20:00; closed 2027-05-07.
  const hours = new Map(
    [1, 2, 3, 4, 5].map((d) => [
      d,
      [
        { opens: 480, closes: 720 },
        { opens: 780, closes: 1020 },
      ],
    ]),
  );
  hours.get(4)!.push({ opens: 1080, closes: 1200 });
  const calendar: SiteCalendar = { siteId: 's', timeZone: 'Europe/Brussels', hours, closures: new Map([['2027-05-07', 'Brugdag']]) };
  const at = (iso: string, end: string) => calendarProblem(new Date(iso), new Date(end), calendar);

  it('accepts a booking inside one block, and the late Thursday block', () => {
    expect(at('2027-05-03T08:00:00+02:00', '2027-05-03T12:00:00+02:00')).toBeNull();
    expect(at('2027-05-06T18:00:00+02:00', '2027-05-06T20:00:00+02:00')).toBeNull();
  });

  it('names a closure day first, and a booking across the lunch break or past closing as outside hours', () => {
    expect(at('2027-05-07T09:00:00+02:00', '2027-05-07T10:00:00+02:00')).toBe('CLOSURE_DAY');
    expect(at('2027-05-03T11:00:00+02:00', '2027-05-03T14:00:00+02:00')).toBe('OUTSIDE_OPENING_HOURS');
    expect(at('2027-05-05T18:00:00+02:00', '2027-05-05T19:00:00+02:00')).toBe('OUTSIDE_OPENING_HOURS');
    expect(at('2027-05-08T09:00:00+02:00', '2027-05-08T10:00:00+02:00')).toBe('OUTSIDE_OPENING_HOURS');
  });

  it('reads local times across the night summer time starts (28 March 2027)', () => {
    const monday = new Map([[1, [{ opens: 480, closes: 540 }]]]);
    const c: SiteCalendar = { siteId: 's', timeZone: 'Europe/Brussels', hours: monday, closures: new Map() };
    // 08:00–09:00 local is 07:00Z in winter and 06:00Z in summer
    expect(calendarProblem(new Date('2027-03-22T07:00:00Z'), new Date('2027-03-22T08:00:00Z'), c)).toBeNull();
    expect(calendarProblem(new Date('2027-03-29T06:00:00Z'), new Date('2027-03-29T07:00:00Z'), c)).toBeNull();
    expect(calendarProblem(new Date('2027-03-29T07:00:00Z'), new Date('2027-03-29T08:00:00Z'), c)).toBe('OUTSIDE_OPENING_HOURS');
  });
});
