import { changedValues, fieldChanges } from './snapshot.js';

describe('administrative change snapshots', () => {
  it('keep only the fields that changed, arrays and objects compared by value', () => {
    expect(
      changedValues(
        { name: 'A', equipment: ['SCREEN'], position: { x: 1 }, capacity: 1 },
        { name: 'A', equipment: ['SCREEN', 'DUAL_SCREEN'], position: { x: 1 }, capacity: 2 },
      ),
    ).toEqual({ before: { equipment: ['SCREEN'], capacity: 1 }, after: { equipment: ['SCREEN', 'DUAL_SCREEN'], capacity: 2 } });
    expect(changedValues({ a: 1, b: null }, { a: 1 })).toBeNull();
  });

  it('list fields for display with JSON values, a missing side as null', () => {
    expect(fieldChanges(null, { name: 'Gelijkvloers', level: 0 })).toEqual([
      { field: 'level', before: null, after: '0' },
      { field: 'name', before: null, after: '"Gelijkvloers"' },
    ]);
  });
});
