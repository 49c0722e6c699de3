import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  bounds,
  clampRect,
  drawClick,
  isRectangle,
  keyChange,
  movePoints,
  moveTo,
  rectBetween,
  resizeTo,
  rotationToward,
  snap,
  snapPoint,
  unrotate,
  type Plan,
  type Point,
  type Rect,
} from './geometry';

export type CanvasSpace = { id: string; name: string; kind: string; rect: Rect };
export type CanvasZone = { id: string; name: string; outline: Point[] };
export type Selection = { type: 'space' | 'zone'; id: string } | null;

type Drag = {
  mode: 'move' | 'resize' | 'rotate' | 'zone' | 'zone-resize';
  id: string;
  start: Point;
  rect?: Rect;
  points?: Point[];
  /** The rotation handle hangs under the shape (no room above it). */
  below?: boolean;
};

const SPACE_STROKE = '#0b3d91';
const ZONE_STROKE = '#2b7a3d';

/**
 * The plan as an editor: the uploaded image behind, an optional grid, zones as areas and spaces
 * as boxes. Drag a box to move it, its corner handle to resize it, its round handle to rotate it
 * (in angle steps; Shift rotates freely); drag a rectangular zone's corner to resize it. With the
 * keyboard, arrows move, Shift+arrows resize, R rotates, Delete takes a space off the plan.
 * Everything snaps to the grid. While `draft` is set, clicks draw a zone's corners instead (or a
 * drag draws a rectangle); the editor owns the draft and finishes or cancels it.
 */
export function PlanCanvas({
  plan,
  image,
  grid,
  angleStep,
  showGrid,
  spaces,
  zones,
  selected,
  onSelect,
  onSpace,
  onZone,
  draft,
  onDraft,
  onDrawn,
  label,
  describedBy,
}: {
  plan: Plan;
  image: string | null;
  grid: number;
  angleStep: number;
  showGrid: boolean;
  spaces: CanvasSpace[];
  zones: CanvasZone[];
  selected: Selection;
  onSelect: (s: Selection) => void;
  onSpace: (id: string, rect: Rect | null) => void;
  onZone: (id: string, outline: Point[]) => void;
  draft: Point[] | null;
  onDraft: (points: Point[]) => void;
  onDrawn: (outline: Point[]) => void;
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
    onSelect({ type: d.mode === 'zone' || d.mode === 'zone-resize' ? 'zone' : 'space', id: d.id });
  };
  const move = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const p = toPlan(e);
    const dx = p.x - d.start.x;
    const dy = p.y - d.start.y;
    if (d.rect && d.mode === 'move') onSpace(d.id, moveTo(d.rect, d.rect.x + dx, d.rect.y + dy, grid, plan));
    if (d.rect && d.mode === 'resize') {
      const local = unrotate(dx, dy, d.rect.rotation);
      onSpace(d.id, resizeTo(d.rect, d.rect.width + local.x, d.rect.height + local.y, grid, plan));
    }
    if (d.rect && d.mode === 'rotate')
      onSpace(d.id, clampRect({ ...d.rect, rotation: rotationToward(d.rect, p, e.shiftKey ? 0 : angleStep, d.below) }, plan));
    if (d.points && d.mode === 'zone') onZone(d.id, movePoints(d.points, snap(dx, grid), snap(dy, grid), plan));
    if (d.points && d.mode === 'zone-resize') {
      const b = bounds(d.points);
      onZone(d.id, rectBetween({ x: b.x, y: b.y }, p, grid, plan));
    }
  };
  const end = () => {
    drag.current = null;
  };

  const spaceKeys = (s: CanvasSpace) => (e: KeyboardEvent) => {
    if (e.key === 'Delete' || e.key === 'Backspace') onSpace(s.id, null);
    else if (e.key === 'Escape') onSelect(null);
    else {
      const next = keyChange(s.rect, e.key, e.shiftKey, grid, plan, angleStep);
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
  const drawing = draft !== null;

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
            tabIndex={drawing ? -1 : 0}
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
              stroke={ZONE_STROKE}
              strokeWidth={active ? 3 : 1.5}
              strokeDasharray="8 5"
              vectorEffect="non-scaling-stroke"
            />
            <text x={b.x + 6} y={b.y + font + 4} fontSize={font} fill="#1d5c2c" fontWeight={600} aria-hidden>
              {z.name}
            </text>
            {active && isRectangle(z.outline) && (
              <rect
                x={b.x + b.width - handle / 2}
                y={b.y + b.height - handle / 2}
                width={handle}
                height={handle}
                fill={ZONE_STROKE}
                data-handle="zone-resize"
                style={{ cursor: 'nwse-resize' }}
                aria-hidden
                onPointerDown={(e) => begin(e, { mode: 'zone-resize', id: z.id, points: z.outline })}
              />
            )}
          </g>
        );
      })}
      {spaces.map((s) => {
        const r = s.rect;
        const active = selected?.type === 'space' && selected.id === s.id;
        const cx = r.x + r.width / 2;
        const cy = r.y + r.height / 2;
        const below = r.y < handle * 4; // no room above for the rotation handle
        const knobY = below ? r.y + r.height + handle * 3 : r.y - handle * 3;
        return (
          <g
            key={s.id}
            role="button"
            tabIndex={drawing ? -1 : 0}
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
              stroke={active ? SPACE_STROKE : '#1c4f8a'}
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
              <>
                <rect
                  x={r.x + r.width - handle / 2}
                  y={r.y + r.height - handle / 2}
                  width={handle}
                  height={handle}
                  fill={SPACE_STROKE}
                  data-handle="resize"
                  style={{ cursor: 'nwse-resize' }}
                  aria-hidden
                  onPointerDown={(e) => begin(e, { mode: 'resize', id: s.id, rect: r })}
                />
                <line
                  x1={cx}
                  y1={below ? r.y + r.height : r.y}
                  x2={cx}
                  y2={knobY}
                  stroke={SPACE_STROKE}
                  strokeWidth={1.5}
                  vectorEffect="non-scaling-stroke"
                  aria-hidden
                />
                <circle
                  cx={cx}
                  cy={knobY}
                  r={handle * 0.75}
                  fill="#fff"
                  stroke={SPACE_STROKE}
                  strokeWidth={2}
                  vectorEffect="non-scaling-stroke"
                  data-handle="rotate"
                  style={{ cursor: 'grab' }}
                  aria-hidden
                  onPointerDown={(e) => begin(e, { mode: 'rotate', id: s.id, rect: r, below })}
                />
              </>
            )}
          </g>
        );
      })}
      {draft && (
        <DrawLayer plan={plan} grid={grid} reach={handle * 1.5} draft={draft} toPlan={toPlan} onDraft={onDraft} onDrawn={onDrawn} />
      )}
    </svg>
  );
}

/**
 * Drawing a zone: a transparent sheet over the plan takes the clicks. Each click adds a corner;
 * a click on the first corner closes the shape; pressing and dragging before the first corner
 * draws a rectangle instead.
 */
function DrawLayer({
  plan,
  grid,
  reach,
  draft,
  toPlan,
  onDraft,
  onDrawn,
}: {
  plan: Plan;
  grid: number;
  reach: number;
  draft: Point[];
  toPlan: (e: PointerEvent) => Point;
  onDraft: (points: Point[]) => void;
  onDrawn: (outline: Point[]) => void;
}) {
  const press = useRef<Point | null>(null);
  const [hover, setHover] = useState<Point | null>(null);
  const [rubber, setRubber] = useState<Point[] | null>(null);

  const down = (e: PointerEvent<SVGRectElement>) => {
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    press.current = toPlan(e);
  };
  const moveOver = (e: PointerEvent) => {
    const p = toPlan(e);
    setHover(snapPoint(p, grid, plan));
    const from = press.current;
    if (from && draft.length === 0 && Math.hypot(p.x - from.x, p.y - from.y) > reach) setRubber(rectBetween(from, p, grid, plan));
  };
  const up = (e: PointerEvent) => {
    const from = press.current;
    press.current = null;
    if (!from) return;
    const p = toPlan(e);
    if (rubber) {
      setRubber(null);
      const outline = rectBetween(from, p, grid, plan);
      if (outline[0]!.x !== outline[2]!.x && outline[0]!.y !== outline[2]!.y) onDrawn(outline);
      return;
    }
    const next = drawClick(draft, p, reach, grid, plan);
    if (next.closed) onDrawn(next.points);
    else onDraft(next.points);
  };

  const line = [...draft, ...(hover && !rubber ? [hover] : [])];
  return (
    <g aria-hidden>
      {rubber && (
        <polygon
          points={rubber.map((p) => `${p.x},${p.y}`).join(' ')}
          fill="rgba(43,122,61,0.15)"
          stroke={ZONE_STROKE}
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
        />
      )}
      {line.length > 1 && (
        <polyline
          points={line.map((p) => `${p.x},${p.y}`).join(' ')}
          fill="rgba(43,122,61,0.10)"
          stroke={ZONE_STROKE}
          strokeWidth={2}
          strokeDasharray="6 4"
          vectorEffect="non-scaling-stroke"
        />
      )}
      {draft.map((p, i) => (
        <circle
          key={`${p.x},${p.y},${i}`}
          cx={p.x}
          cy={p.y}
          r={i === 0 ? reach / 1.5 : reach / 3}
          fill={i === 0 ? '#fff' : ZONE_STROKE}
          stroke={ZONE_STROKE}
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
          data-corner={i}
        />
      ))}
      <rect
        width={plan.width}
        height={plan.height}
        fill="transparent"
        style={{ cursor: 'crosshair' }}
        data-draw-sheet=""
        onPointerDown={down}
        onPointerMove={moveOver}
        onPointerUp={up}
        onPointerCancel={() => {
          press.current = null;
          setRubber(null);
        }}
      />
    </g>
  );
}
