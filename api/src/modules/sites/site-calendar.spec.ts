import { mergeBlocks } from './site-calendar.js';

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
