import {
  canClose,
  clampRect,
  drawClick,
  isRectangle,
  keyChange,
  moveTo,
  movePoints,
  newPlacement,
  polygonArea,
  rectBetween,
  rectPoints,
  resizeTo,
  rotationToward,
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
    expect(keyChange(desk, 'r', false, 10, plan, 30)?.rotation).toBe(30);
    expect(keyChange(desk, 'x', false, 10, plan)).toBeNull();
  });

  it('turns a drag into the shape’s own axes when it is rotated', () => {
    const p = unrotate(10, 0, 90);
    expect([Math.round(p.x), Math.round(p.y)]).toEqual([0, -10]);
  });

  it('rotates towards the pointer by the handle, in 15° steps or freely with Shift', () => {
    const centre = { x: 130, y: 120 };
    expect(rotationToward(desk, { x: centre.x, y: 20 }, 15)).toBe(0);
    expect(rotationToward(desk, { x: centre.x + 100, y: centre.y }, 15)).toBe(90);
    expect(rotationToward(desk, { x: centre.x - 100, y: centre.y }, 15)).toBe(270);
    expect(rotationToward(desk, { x: centre.x + 100, y: centre.y - 90 }, 15)).toBe(45); // 48° snaps to 45°
    expect(rotationToward(desk, { x: centre.x + 100, y: centre.y - 90 }, 0)).toBe(48);
    expect(rotationToward(desk, { x: centre.x + 100, y: centre.y - 100 }, 30)).toBe(60); // the grid's step: 45° rounds up to 60°
    // A handle under the shape (no room above it): pointing down is 0°.
    expect(rotationToward(desk, { x: centre.x, y: 400 }, 15, true)).toBe(0);
    expect(rotationToward(desk, { x: centre.x - 100, y: centre.y }, 15, true)).toBe(90);
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

  it('draws a zone corner by corner, closing on the first corner once it encloses an area', () => {
    let draft = drawClick([], { x: 102, y: 98 }, 12, 10, plan);
    expect(draft).toEqual({ closed: false, points: [{ x: 100, y: 100 }] });
    draft = drawClick(draft.points, { x: 104, y: 103 }, 12, 10, plan); // too early to close, and the same grid point
    expect(draft.points).toHaveLength(1);
    draft = drawClick(draft.points, { x: 300, y: 100 }, 12, 10, plan);
    expect(canClose(draft.points)).toBe(false);
    draft = drawClick(draft.points, { x: 2000, y: 420 }, 12, 10, plan); // kept on the plan
    expect(draft.points[2]).toEqual({ x: 1000, y: 420 });
    expect(drawClick(draft.points, { x: 108, y: 95 }, 12, 10, plan)).toEqual({ closed: true, points: draft.points });
    expect(polygonArea(draft.points)).toBe((200 * 320) / 2);
    expect(
      canClose([
        { x: 0, y: 0 },
        { x: 10, y: 10 },
        { x: 20, y: 20 },
      ]),
    ).toBe(false);
  });

  it('drags a rectangular zone from any corner to its opposite, snapped and on the plan', () => {
    expect(rectBetween({ x: 318, y: 212 }, { x: 104, y: 96 }, 10, plan)).toEqual(rectPoints({ x: 100, y: 100, width: 220, height: 110 }));
    expect(rectBetween({ x: 900, y: 400 }, { x: 1300, y: 700 }, 0, plan)).toEqual(rectPoints({ x: 900, y: 400, width: 100, height: 100 }));
  });
});
