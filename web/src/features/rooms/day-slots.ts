export type Interval = { start: number; end: number };

/** Minutes since local midnight, from 'HH:MM'. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The free stretches of a room between opening and closing, given its busy intervals (already in
 * local minutes), on the quarter-hour grid and not before `notBefore`.
 */
export function freeGaps(open: Interval, busy: readonly Interval[], notBefore = 0, step = 15): Interval[] {
  const gaps: Interval[] = [];
  let cursor = Math.max(open.start, Math.ceil(notBefore / step) * step);
  for (const b of [...busy].sort((x, y) => x.start - y.start)) {
    if (b.start > cursor) gaps.push({ start: cursor, end: Math.min(b.start, open.end) });
    cursor = Math.max(cursor, b.end);
  }
  if (cursor < open.end) gaps.push({ start: cursor, end: open.end });
  return gaps
    .map((g) => ({ start: Math.ceil(g.start / step) * step, end: Math.floor(g.end / step) * step }))
    .filter((g) => g.end - g.start >= step);
}
