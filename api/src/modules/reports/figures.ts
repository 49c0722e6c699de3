/** Turning the report's aggregate rows into figures: shares, bands, percentiles and suppression. No I/O. */

export type BandStatus = 'BELOW' | 'WITHIN' | 'ABOVE' | 'NO_TARGET' | 'NO_DATA' | 'SUPPRESSED';
export type Figure = { value: number | null; status: BandStatus; low: number | null; high: number | null };
export type Band = { low: number | null; high: number | null };

/** Fewer people than this behind a figure and it is not shown: nobody can be singled out. */
export const MIN_GROUP_SIZE = 5;

/** A figure with fewer than MIN_GROUP_SIZE (but some) people behind it, or from a population that small. */
export function isSuppressed(people: number, population?: number | null): boolean {
  if (population !== undefined && population !== null && population < MIN_GROUP_SIZE) return true;
  return people > 0 && people < MIN_GROUP_SIZE;
}

export function figure(value: number | null, band: Band, suppressed = false): Figure {
  if (suppressed) return { value: null, status: 'SUPPRESSED', ...band };
  if (value === null || !Number.isFinite(value)) return { value: null, status: 'NO_DATA', ...band };
  if (band.low === null && band.high === null) return { value, status: 'NO_TARGET', ...band };
  // a hair of tolerance so 0.8 computed as 0.7999999 is not "below 0.8"
  if (band.low !== null && value < band.low - 1e-9) return { value, status: 'BELOW', ...band };
  if (band.high !== null && value > band.high + 1e-9) return { value, status: 'ABOVE', ...band };
  return { value, status: 'WITHIN', ...band };
}

export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** The value at or below which `p` of the values lie: Postgres' percentile_disc. */
export function percentileDisc(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export type DayPeak = { day: string; spaces: number; peak: number };

/** Highest share of spaces booked at one moment, per day, then the peak day, the 80th-percentile day and the average day. */
export function peakFigures(days: readonly DayPeak[]): {
  peak: number | null;
  peakDay: string | null;
  p80: number | null;
  average: number | null;
} {
  const shares = days.filter((d) => d.spaces > 0).map((d) => ({ day: d.day, share: d.peak / d.spaces }));
  if (!shares.length) return { peak: null, peakDay: null, p80: null, average: null };
  const top = shares.reduce((a, b) => (b.share > a.share || (b.share === a.share && b.day < a.day) ? b : a));
  const values = shares.map((s) => s.share);
  return { peak: top.share, peakDay: top.day, p80: percentileDisc(values, 0.8), average: mean(values) };
}

export type RatioTarget = { ratioMin: number | null; ratioMax: number | null; ratioMaxDesks: number | null };

/**
 * The desk-sharing band for `base` people: at least ratioMin desks per person, but never more than
 * ratioMaxDesks desks required (the seed's "≥ 10% of screen workers, at most 25"); at most ratioMax.
 */
export function ratioBand(t: RatioTarget, base: number): Band {
  let low = t.ratioMin;
  if (low !== null && t.ratioMaxDesks !== null && base > 0 && low * base > t.ratioMaxDesks) low = t.ratioMaxDesks / base;
  return { low, high: t.ratioMax };
}
