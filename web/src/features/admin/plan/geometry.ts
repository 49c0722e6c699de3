/** A space's place on the plan, in the floor's plan units; rotation in degrees clockwise around its centre. */
export type Rect = { x: number; y: number; width: number; height: number; rotation: number };
export type Point = { x: number; y: number };
export type Plan = { width: number; height: number };

const MIN_SIDE = 5;
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
 * with Shift they resize, R and Shift+R rotate by 15°. Null for any other key.
 */
export function keyChange(r: Rect, key: string, shift: boolean, grid: number, plan: Plan): Rect | null {
  const step = grid > 0 ? grid : 1;
  const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[key];
  if (d) {
    const [dx, dy] = d as [number, number];
    return shift
      ? clampRect({ ...r, width: r.width + dx, height: r.height + dy }, plan)
      : clampRect({ ...r, x: r.x + dx, y: r.y + dy }, plan);
  }
  if (key === 'r' || key === 'R') return clampRect({ ...r, rotation: r.rotation + (shift || key === 'R' ? -15 : 15) }, plan);
  return null;
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
