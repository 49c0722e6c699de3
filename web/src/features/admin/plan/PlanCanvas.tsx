import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bounds, keyChange, movePoints, moveTo, resizeTo, snap, unrotate, type Plan, type Point, type Rect } from './geometry';

export type CanvasSpace = { id: string; name: string; kind: string; rect: Rect };
export type CanvasZone = { id: string; name: string; outline: Point[] };
export type Selection = { type: 'space' | 'zone'; id: string } | null;

type Drag = { mode: 'move' | 'resize' | 'zone'; id: string; start: Point; rect?: Rect; points?: Point[] };

/**
 * The plan as an editor: the uploaded image behind, an optional grid, zones as areas and spaces
 * as boxes. Drag a box to move it, its corner handle to resize it; with the keyboard, arrows move,
 * Shift+arrows resize, R rotates, Delete takes it off the plan. Everything snaps to the grid.
 */
export function PlanCanvas({
  plan,
  image,
  grid,
  showGrid,
  spaces,
  zones,
  selected,
  onSelect,
  onSpace,
  onZone,
  label,
  describedBy,
}: {
  plan: Plan;
  image: string | null;
  grid: number;
  showGrid: boolean;
  spaces: CanvasSpace[];
  zones: CanvasZone[];
  selected: Selection;
  onSelect: (s: Selection) => void;
  onSpace: (id: string, rect: Rect | null) => void;
  onZone: (id: string, outline: Point[]) => void;
  label: string;
  describedBy: string;
}) {
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<Drag | null>(null);
  const font = Math.max(9, Math.round(plan.width / 90));
  const handle = Math.max(8, Math.round(plan.width / 110));

  const toPlan = (e: PointerEvent): Point => {
    const el = svg.current!;
    const m = el.getScreenCTM();
    if (!m) return { x: 0, y: 0 };
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return { x: p.x, y: p.y };
  };
  const begin = (e: PointerEvent<SVGElement>, d: Omit<Drag, 'start'>) => {
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { ...d, start: toPlan(e) };
    onSelect({ type: d.mode === 'zone' ? 'zone' : 'space', id: d.id });
  };
  const move = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const p = toPlan(e);
    const dx = p.x - d.start.x;
    const dy = p.y - d.start.y;
    if (d.mode === 'move' && d.rect) onSpace(d.id, moveTo(d.rect, d.rect.x + dx, d.rect.y + dy, grid, plan));
    if (d.mode === 'resize' && d.rect) {
      const local = unrotate(dx, dy, d.rect.rotation);
      onSpace(d.id, resizeTo(d.rect, d.rect.width + local.x, d.rect.height + local.y, grid, plan));
    }
    if (d.mode === 'zone' && d.points) onZone(d.id, movePoints(d.points, snap(dx, grid), snap(dy, grid), plan));
  };
  const end = () => {
    drag.current = null;
  };

  const spaceKeys = (s: CanvasSpace) => (e: KeyboardEvent) => {
    if (e.key === 'Delete' || e.key === 'Backspace') onSpace(s.id, null);
    else if (e.key === 'Escape') onSelect(null);
    else {
      const next = keyChange(s.rect, e.key, e.shiftKey, grid, plan);
      if (!next) return;
      onSpace(s.id, next);
    }
    e.preventDefault();
  };
  const zoneKeys = (z: CanvasZone) => (e: KeyboardEvent) => {
    const step = grid > 0 ? grid : 1;
    const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key] as
      [number, number] | undefined;
    if (!d) return;
    onZone(z.id, movePoints(z.outline, d[0], d[1], plan));
    e.preventDefault();
  };

  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${plan.width} ${plan.height}`}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
      onPointerDown={() => onSelect(null)}
      style={{
        width: '100%',
        height: 'auto',
        maxHeight: '75vh',
        background: '#fff',
        border: '1px solid #ced4da',
        borderRadius: 8,
        touchAction: 'none',
      }}
    >
      <defs>
        {grid > 0 && (
          <pattern id="pw-admin-grid" width={grid} height={grid} patternUnits="userSpaceOnUse">
            <path d={`M ${grid} 0 L 0 0 0 ${grid}`} fill="none" stroke="#adb5bd" strokeWidth={1} vectorEffect="non-scaling-stroke" />
          </pattern>
        )}
      </defs>
      {image && <image href={image} x={0} y={0} width={plan.width} height={plan.height} preserveAspectRatio="none" aria-hidden />}
      {showGrid && grid > 0 && <rect width={plan.width} height={plan.height} fill="url(#pw-admin-grid)" aria-hidden />}
      {zones.map((z) => {
        const b = bounds(z.outline);
        const active = selected?.type === 'zone' && selected.id === z.id;
        return (
          <g
            key={z.id}
            role="button"
            tabIndex={0}
            aria-label={t('admin.plan.zoneLabel', { name: z.name })}
            aria-pressed={active}
            data-zone={z.name}
            onFocus={() => onSelect({ type: 'zone', id: z.id })}
            onKeyDown={zoneKeys(z)}
            onPointerDown={(e) => begin(e, { mode: 'zone', id: z.id, points: z.outline })}
            style={{ cursor: 'move' }}
          >
            <polygon
              points={z.outline.map((p) => `${p.x},${p.y}`).join(' ')}
              fill="rgba(43,122,61,0.10)"
              stroke="#2b7a3d"
              strokeWidth={active ? 3 : 1.5}
              strokeDasharray="8 5"
              vectorEffect="non-scaling-stroke"
            />
            <text x={b.x + 6} y={b.y + font + 4} fontSize={font} fill="#1d5c2c" fontWeight={600} aria-hidden>
              {z.name}
            </text>
          </g>
        );
      })}
      {spaces.map((s) => {
        const r = s.rect;
        const active = selected?.type === 'space' && selected.id === s.id;
        const cx = r.x + r.width / 2;
        const cy = r.y + r.height / 2;
        return (
          <g
            key={s.id}
            role="button"
            tabIndex={0}
            aria-label={t('admin.plan.spaceLabel', {
              name: s.name,
              kind: t(`kinds.${s.kind}`),
              x: Math.round(r.x),
              y: Math.round(r.y),
              width: Math.round(r.width),
              height: Math.round(r.height),
              rotation: r.rotation,
            })}
            aria-pressed={active}
            data-space={s.name}
            transform={r.rotation ? `rotate(${r.rotation} ${cx} ${cy})` : undefined}
            onFocus={() => onSelect({ type: 'space', id: s.id })}
            onKeyDown={spaceKeys(s)}
            onPointerDown={(e) => begin(e, { mode: 'move', id: s.id, rect: r })}
            style={{ cursor: 'move' }}
          >
            <rect
              x={r.x}
              y={r.y}
              width={r.width}
              height={r.height}
              rx={3}
              fill={active ? '#d0ebff' : 'rgba(231,245,255,0.9)'}
              stroke={active ? '#0b3d91' : '#1c4f8a'}
              strokeWidth={active ? 3 : 1.5}
              strokeDasharray={active ? '6 3' : undefined}
              vectorEffect="non-scaling-stroke"
            />
            <text
              x={cx}
              y={cy}
              textAnchor="middle"
              dominantBaseline="middle"
              fontSize={Math.min(font, r.height / 2.2)}
              fill="#212529"
              aria-hidden
            >
              {s.name}
            </text>
            {active && (
              <rect
                x={r.x + r.width - handle / 2}
                y={r.y + r.height - handle / 2}
                width={handle}
                height={handle}
                fill="#0b3d91"
                style={{ cursor: 'nwse-resize' }}
                aria-hidden
                onPointerDown={(e) => begin(e, { mode: 'resize', id: s.id, rect: r })}
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}
