import {
  clampRect,
  isRectangle,
  keyChange,
  moveTo,
  movePoints,
  newPlacement,
  rectPoints,
  resizeTo,
  unrotate,
  zoneAround,
} from './geometry';

const plan = { width: 1000, height: 500 };
const desk = { x: 100, y: 100, width: 60, height: 40, rotation: 0 };

describe('placing spaces on the plan', () => {
  it('snaps moves and sizes to the grid and keeps shapes on the plan', () => {
    expect(moveTo(desk, 113, 96, 10, plan)).toMatchObject({ x: 110, y: 100 });
    expect(moveTo(desk, 990, -20, 10, plan)).toMatchObject({ x: 940, y: 0 });
    expect(resizeTo(desk, 74, 2, 10, plan)).toMatchObject({ width: 70, height: 10 });
    expect(clampRect({ ...desk, rotation: -15 }, plan).rotation).toBe(345);
  });

  it('moves by one grid step with the arrows, resizes with Shift and rotates with R', () => {
    expect(keyChange(desk, 'ArrowRight', false, 10, plan)).toMatchObject({ x: 110, y: 100 });
    expect(keyChange(desk, 'ArrowUp', false, 0, plan)).toMatchObject({ x: 100, y: 99 });
    expect(keyChange(desk, 'ArrowDown', true, 10, plan)).toMatchObject({ width: 60, height: 50 });
    expect(keyChange(desk, 'r', false, 10, plan)?.rotation).toBe(15);
    expect(keyChange(desk, 'R', true, 10, plan)?.rotation).toBe(345);
    expect(keyChange(desk, 'x', false, 10, plan)).toBeNull();
  });

  it('turns a drag into the shape’s own axes when it is rotated', () => {
    const p = unrotate(10, 0, 90);
    expect([Math.round(p.x), Math.round(p.y)]).toEqual([0, -10]);
  });

  it('puts a new desk in the middle, smaller than a new room', () => {
    const d = newPlacement('DESK', plan, 10);
    const r = newPlacement('MEETING_ROOM', plan, 10);
    expect(d.x + d.width / 2).toBeCloseTo(500, -1);
    expect(r.width).toBeGreaterThan(d.width);
  });

  it('draws a zone around its spaces and moves it within the plan', () => {
    const outline = zoneAround([desk, { ...desk, x: 200 }], plan, 10);
    expect(isRectangle(outline)).toBe(true);
    expect(outline[0]).toEqual({ x: 90, y: 90 });
    expect(outline[2]).toEqual({ x: 270, y: 150 });
    expect(movePoints(rectPoints({ x: 0, y: 0, width: 10, height: 10 }), -50, 20, plan)[0]).toEqual({ x: 0, y: 20 });
    expect(
      isRectangle([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 5, y: 10 },
      ]),
    ).toBe(false);
  });
});
