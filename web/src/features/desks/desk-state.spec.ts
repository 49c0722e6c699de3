import { deskStates } from './desk-state';

describe('desk states on the floor plan', () => {
  it('tells free, taken, mine and not bookable apart', () => {
    const states = deskStates([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], new Set(['a']), [
      { space: { id: 'b' }, isMine: false, booker: { displayName: 'Lies' } },
      { space: { id: 'c' }, isMine: true },
    ]);
    expect(Object.fromEntries(states)).toEqual({
      a: { state: 'free' },
      b: { state: 'taken', takenBy: 'Lies' },
      c: { state: 'mine' },
      d: { state: 'unavailable' },
    });
  });

  it('keeps "mine" when someone else booked the same desk earlier in the interval', () => {
    const states = deskStates([{ id: 'a' }], new Set(), [
      { space: { id: 'a' }, isMine: true },
      { space: { id: 'a' }, isMine: false, booker: { displayName: 'X' } },
    ]);
    expect(states.get('a')).toEqual({ state: 'mine' });
  });
});
