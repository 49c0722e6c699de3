/** A space's place on the plan, in the floor's plan units; rotation in degrees clockwise around its centre. */
export type Rect = { x: number; y: number; width: number; height: number; rotation: number };
export type Point = { x: number; y: number };
export type Plan = { width: number; height: number };

const MIN_SIDE = 5;
/** Degrees a rotation snaps to by default (the R key's step and the rotation handle's). */
export const ROTATION_STEP = 15;
/** The most corners a zone may have (the API's limit). */
const MAX_CORNERS = 200;
const round = (v: number) => Math.round(v * 100) / 100;

/** The nearest grid line (no grid: the value, to a hundredth). */
export function snap(v: number, grid: number): number {
  return grid > 0 ? Math.round(v / grid) * grid : round(v);
}

/** Keeps a rectangle on the plan and at least a few units big. */
export function clampRect(r: Rect, plan: Plan): Rect {
  const width = Math.min(plan.width, Math.max(MIN_SIDE, r.width));
  const height = Math.min(plan.height, Math.max(MIN_SIDE, r.height));
  return {
    x: round(Math.min(plan.width - width, Math.max(0, r.x))),
    y: round(Math.min(plan.height - height, Math.max(0, r.y))),
    width: round(width),
    height: round(height),
    rotation: ((Math.round(r.rotation) % 360) + 360) % 360,
  };
}

/** Moved so its corner lands on the grid. */
export function moveTo(r: Rect, x: number, y: number, grid: number, plan: Plan): Rect {
  return clampRect({ ...r, x: snap(x, grid), y: snap(y, grid) }, plan);
}

/** Resized (from its top-left corner) so its size is a multiple of the grid. */
export function resizeTo(r: Rect, width: number, height: number, grid: number, plan: Plan): Rect {
  return clampRect(
    { ...r, width: Math.max(grid || MIN_SIDE, snap(width, grid)), height: Math.max(grid || MIN_SIDE, snap(height, grid)) },
    plan,
  );
}

/** A pointer movement in plan units, as seen from inside a shape rotated by `degrees`. */
export function unrotate(dx: number, dy: number, degrees: number): Point {
  const a = (-degrees * Math.PI) / 180;
  return { x: dx * Math.cos(a) - dy * Math.sin(a), y: dx * Math.sin(a) + dy * Math.cos(a) };
}

/**
 * What a key does to the selected shape: arrows move by one grid step (one unit without a grid),
 * with Shift they resize, R and Shift+R rotate by the angle step (15° unless chosen otherwise). Null for any other key.
 */
export function keyChange(r: Rect, key: string, shift: boolean, grid: number, plan: Plan, angleStep = ROTATION_STEP): Rect | null {
  const step = grid > 0 ? grid : 1;
  const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[key];
  if (d) {
    const [dx, dy] = d as [number, number];
    return shift
      ? clampRect({ ...r, width: r.width + dx, height: r.height + dy }, plan)
      : clampRect({ ...r, x: r.x + dx, y: r.y + dy }, plan);
  }
  if (key === 'r' || key === 'R') return clampRect({ ...r, rotation: r.rotation + (shift || key === 'R' ? -angleStep : angleStep) }, plan);
  return null;
}

/**
 * The rotation that turns a shape's handle towards the pointer: the handle sits above the top edge
 * (or below the bottom edge when `below`), so pointing straight up from the centre is 0°. Snapped
 * to `step` degrees; a step of 0 rotates freely (to whole degrees).
 */
export function rotationToward(r: Rect, pointer: Point, step: number, below = false): number {
  const angle = (Math.atan2(pointer.y - (r.y + r.height / 2), pointer.x - (r.x + r.width / 2)) * 180) / Math.PI + (below ? -90 : 90);
  const snapped = step > 0 ? Math.round(angle / step) * step : Math.round(angle);
  return ((snapped % 360) + 360) % 360;
}

/** Where a newly placed space goes: the middle of the plan, sized for its kind. */
export function newPlacement(kind: string, plan: Plan, grid: number): Rect {
  const desk = kind === 'DESK' || kind === 'PHONE_BOOTH' || kind === 'FRONT_DESK';
  const width = snap(Math.max(20, plan.width * (desk ? 0.06 : 0.15)), grid);
  const height = snap(Math.max(15, plan.width * (desk ? 0.04 : 0.1)), grid);
  return moveTo({ x: 0, y: 0, width, height, rotation: 0 }, (plan.width - width) / 2, (plan.height - height) / 2, grid, plan);
}

export function rectPoints(r: Pick<Rect, 'x' | 'y' | 'width' | 'height'>): Point[] {
  return [
    { x: r.x, y: r.y },
    { x: r.x + r.width, y: r.y },
    { x: r.x + r.width, y: r.y + r.height },
    { x: r.x, y: r.y + r.height },
  ];
}

export function bounds(points: readonly Point[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y, rotation: 0 };
}

/** Whether a polygon is an axis-aligned rectangle (then it can be edited as one). */
export function isRectangle(points: readonly Point[]): boolean {
  if (points.length !== 4) return false;
  const b = bounds(points);
  return rectPoints(b).every((c) => points.some((p) => Math.abs(p.x - c.x) < 0.01 && Math.abs(p.y - c.y) < 0.01));
}

/** A rectangle around the given spaces with a margin, for drawing their zone. */
export function zoneAround(rects: readonly Rect[], plan: Plan, grid: number): Point[] {
  if (rects.length === 0) return rectPoints(newPlacement('ROOM', plan, grid));
  const margin = Math.max(grid, 10);
  const b = bounds(rects.flatMap((r) => rectPoints(r)));
  const x = Math.max(0, snap(b.x - margin, grid));
  const y = Math.max(0, snap(b.y - margin, grid));
  return rectPoints({
    x,
    y,
    width: Math.min(plan.width - x, snap(b.width + 2 * margin, grid)),
    height: Math.min(plan.height - y, snap(b.height + 2 * margin, grid)),
  });
}

export function movePoints(points: readonly Point[], dx: number, dy: number, plan: Plan): Point[] {
  const b = bounds(points);
  const cx = Math.min(plan.width - b.width - b.x, Math.max(-b.x, dx));
  const cy = Math.min(plan.height - b.height - b.y, Math.max(-b.y, dy));
  return points.map((p) => ({ x: round(p.x + cx), y: round(p.y + cy) }));
}

/** A point on the plan, snapped to the grid. */
export function snapPoint(p: Point, grid: number, plan: Plan): Point {
  return { x: Math.min(plan.width, Math.max(0, snap(p.x, grid))), y: Math.min(plan.height, Math.max(0, snap(p.y, grid))) };
}

/** The rectangle between two corners (in any order), snapped to the grid and kept on the plan. */
export function rectBetween(a: Point, b: Point, grid: number, plan: Plan): Point[] {
  const p = snapPoint(a, grid, plan);
  const q = snapPoint(b, grid, plan);
  return rectPoints({ x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(q.x - p.x), height: Math.abs(q.y - p.y) });
}

/** The area a polygon encloses (shoelace formula); zero for a line or fewer than three corners. */
export function polygonArea(points: readonly Point[]): number {
  return (
    Math.abs(
      points.reduce((sum, p, i) => {
        const q = points[(i + 1) % points.length]!;
        return sum + p.x * q.y - q.x * p.y;
      }, 0),
    ) / 2
  );
}

/**
 * A click while drawing a zone: near the first corner (within `reach`) it closes the shape, once
 * there are three corners that enclose an area; otherwise it adds a corner, snapped to the grid.
 */
export function drawClick(
  draft: readonly Point[],
  click: Point,
  reach: number,
  grid: number,
  plan: Plan,
): { closed: boolean; points: Point[] } {
  const first = draft[0];
  if (first && Math.hypot(click.x - first.x, click.y - first.y) <= reach)
    return canClose(draft) ? { closed: true, points: [...draft] } : { closed: false, points: [...draft] };
  const p = snapPoint(click, grid, plan);
  const last = draft.at(-1);
  if ((last && last.x === p.x && last.y === p.y) || draft.length >= MAX_CORNERS) return { closed: false, points: [...draft] };
  return { closed: false, points: [...draft, p] };
}

/** Whether a drawn outline can become a zone: at least three corners around some area. */
export function canClose(points: readonly Point[]): boolean {
  return points.length >= 3 && polygonArea(points) > 0;
}
