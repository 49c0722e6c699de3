import { useTranslation } from 'react-i18next';
import type { DeskState } from './desk-state';

export type PlanDesk = {
  id: string;
  name: string;
  position: { x: number; y: number; width: number; height: number; rotation: number } | null;
  state: DeskState;
  takenBy?: string;
};

/** A zone of the floor; drawn as an area with its name when it has an outline. */
export type PlanZone = { id: string; name: string; outline?: { x: number; y: number }[] | null };

/** Per state: plan fill and outline, a glyph (shape, not just colour) and a badge colour with white text ≥ 4.5:1. */
export const STATE_STYLE: Record<DeskState, { fill: string; stroke: string; glyph: string; dash?: string; badge: string }> = {
  free: { fill: 'var(--pw-free-bg)', stroke: 'var(--pw-free)', glyph: '✓', badge: '#2b7a3d' },
  taken: { fill: 'url(#pw-hatch)', stroke: 'var(--pw-taken)', glyph: '✕', badge: '#5c636a' },
  mine: { fill: 'var(--pw-mine-bg)', stroke: 'var(--pw-mine)', glyph: '★', badge: '#1c4f8a' },
  unavailable: { fill: 'var(--pw-unavailable-bg)', stroke: 'var(--pw-unavailable)', glyph: '–', dash: '4 3', badge: '#6c5b32' },
};

/** Hatching for taken desks, so "taken" never depends on colour alone. */
export function PlanPatterns() {
  return (
    <defs>
      <pattern id="pw-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="var(--pw-taken-bg)" />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#868e96" strokeWidth="3" />
      </pattern>
    </defs>
  );
}

/** The floor as an SVG: each desk where the data puts it, its state by colour, pattern, glyph and label. */
export function FloorPlan({
  floorName,
  width,
  height,
  desks,
  zones = [],
  onBook,
  image,
}: {
  floorName: string;
  width: number;
  height: number;
  desks: PlanDesk[];
  zones?: PlanZone[];
  onBook: (deskId: string) => void;
  /** The floor's plan image (an object URL), drawn behind the desks over the whole plan. */
  image?: string | null;
}) {
  const { t } = useTranslation();
  const label = (d: PlanDesk) =>
    t('desks.deskState', {
      name: d.name,
      state: d.state === 'taken' && d.takenBy ? `${t('desks.taken')}, ${t('desks.takenBy', { name: d.takenBy })}` : t(`desks.${d.state}`),
    });
  const areas = zones.flatMap((z) => (z.outline?.length ? [{ ...z, outline: z.outline }] : []));
  const font = Math.max(11, Math.round(width / 90));
  const view = viewBox(desks, areas, width, height); // drawn at most 1.5 × plan units wide, shrinking on a phone
  return (
    <svg
      viewBox={view.box}
      role="group"
      aria-label={t('desks.planLabel', { floor: floorName })}
      style={{
        width: '100%',
        maxWidth: view.width * 1.5,
        height: 'auto',
        maxHeight: '70vh',
        background: '#fff',
        border: '1px solid #ced4da',
        borderRadius: 8,
      }}
    >
      <PlanPatterns />
      {image && <image href={image} x={0} y={0} width={width} height={height} preserveAspectRatio="none" aria-hidden />}
      {areas.map((z) => {
        const x = Math.min(...z.outline.map((p) => p.x));
        const y = Math.min(...z.outline.map((p) => p.y));
        return (
          <g key={z.id} data-zone={z.name}>
            <polygon
              points={z.outline.map((p) => `${p.x},${p.y}`).join(' ')}
              fill="rgba(43,122,61,0.08)"
              stroke="#2b7a3d"
              strokeWidth={1.5}
              strokeDasharray="8 5"
              vectorEffect="non-scaling-stroke"
              aria-hidden
            />
            <text x={x + 6} y={y + font + 4} fontSize={font} fontWeight={600} fill="#1d5c2c">
              {t('desks.zoneArea', { name: z.name })}
            </text>
          </g>
        );
      })}
      {desks
        .filter((d) => d.position)
        .map((d) => {
          const p = d.position!;
          const s = STATE_STYLE[d.state];
          const cx = p.x + p.width / 2;
          const cy = p.y + p.height / 2;
          const act = () => d.state === 'free' && onBook(d.id);
          return (
            <g
              key={d.id}
              role="button"
              tabIndex={0}
              aria-label={label(d)}
              aria-disabled={d.state !== 'free'}
              data-desk={d.name}
              data-state={d.state}
              transform={p.rotation ? `rotate(${p.rotation} ${cx} ${cy})` : undefined}
              style={{ cursor: d.state === 'free' ? 'pointer' : 'default' }}
              onClick={act}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  act();
                }
              }}
            >
              <title>{label(d)}</title>
              <rect
                className="desk"
                x={p.x}
                y={p.y}
                width={p.width}
                height={p.height}
                rx={5}
                fill={s.fill}
                stroke={s.stroke}
                strokeWidth={2}
                strokeDasharray={s.dash}
              />
              <text x={cx} y={cy - 4} textAnchor="middle" fontSize={Math.min(12, p.height / 3)} fontWeight={600} fill="#212529" aria-hidden>
                {d.name}
              </text>
              <text
                x={cx}
                y={cy + 12}
                textAnchor="middle"
                fontSize={Math.min(14, p.height / 2.6)}
                fill={d.state === 'free' ? '#1d5c2c' : '#212529'}
                aria-hidden
              >
                {s.glyph}
              </text>
            </g>
          );
        })}
    </svg>
  );
}

/** The part of the plan where spaces and zones stand (with a margin), so desks stay legible on a phone. */
function viewBox(
  desks: PlanDesk[],
  zones: { outline: { x: number; y: number }[] }[],
  width: number,
  height: number,
): { box: string; width: number } {
  const corners = [
    ...desks.flatMap((d) =>
      d.position
        ? [
            { x: d.position.x, y: d.position.y },
            { x: d.position.x + d.position.width, y: d.position.y + d.position.height },
          ]
        : [],
    ),
    ...zones.flatMap((z) => z.outline),
  ];
  if (!corners.length) return { box: `0 0 ${width} ${height}`, width };
  const margin = 30;
  const x0 = Math.max(0, Math.min(...corners.map((p) => p.x)) - margin);
  const y0 = Math.max(0, Math.min(...corners.map((p) => p.y)) - margin);
  const x1 = Math.min(width, Math.max(...corners.map((p) => p.x)) + margin);
  const y1 = Math.min(height, Math.max(...corners.map((p) => p.y)) + margin);
  return { box: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`, width: x1 - x0 };
}

/** The legend: each state with its swatch, glyph and name. */
export function PlanLegend() {
  const { t } = useTranslation();
  return (
    <ul aria-label={t('desks.legend')} style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', listStyle: 'none', padding: 0, margin: 0 }}>
      {(Object.keys(STATE_STYLE) as DeskState[]).map((state) => {
        const s = STATE_STYLE[state];
        return (
          <li key={state} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            <svg width="34" height="22" aria-hidden>
              <PlanPatterns />
              <rect x="1" y="1" width="32" height="20" rx="4" fill={s.fill} stroke={s.stroke} strokeWidth="2" strokeDasharray={s.dash} />
              <text x="17" y="15" textAnchor="middle" fontSize="12" fill="#212529">
                {s.glyph}
              </text>
            </svg>
            <span>{t(`desks.${state}`)}</span>
          </li>
        );
      })}
    </ul>
  );
}
