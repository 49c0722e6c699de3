import { freeGaps } from './day-slots';

describe('free stretches of a room in a day', () => {
  const open = { start: 8 * 60, end: 18 * 60 };

  it('are the complement of the bookings within opening hours', () => {
    expect(
      freeGaps(open, [
        { start: 600, end: 660 },
        { start: 780, end: 840 },
      ]),
    ).toEqual([
      { start: 480, end: 600 },
      { start: 660, end: 780 },
      { start: 840, end: 1080 },
    ]);
  });

  it('start no earlier than now (rounded up to the grid) and drop slivers under 15 minutes', () => {
    expect(freeGaps(open, [{ start: 610, end: 1075 }], 9 * 60 + 7)).toEqual([{ start: 555, end: 600 }]);
  });

  it('merge overlapping bookings', () => {
    expect(
      freeGaps(open, [
        { start: 480, end: 700 },
        { start: 600, end: 1080 },
      ]),
    ).toEqual([]);
  });
});
