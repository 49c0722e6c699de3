import { DateTime, IANAZone } from 'luxon';

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export function toZone(instant: Date, zone: string): DateTime<true> {
  const dt = DateTime.fromJSDate(instant, { zone });
  if (!dt.isValid) throw new Error(`invalid instant or zone ${zone}`);
  return dt;
}

/** 'YYYY-MM-DD' of the instant in the zone. */
export function localDate(instant: Date, zone: string): string {
  return toZone(instant, zone).toISODate();
}

/** Minutes since local midnight; 1440 when the instant is exactly the next local midnight of `date`. */
export function localMinutes(instant: Date, zone: string, date?: string): number {
  const dt = toZone(instant, zone);
  const minutes = dt.hour * 60 + dt.minute + dt.second / 60 + dt.millisecond / 60_000;
  if (date && dt.toISODate() !== date && minutes === 0 && dt.minus({ days: 1 }).toISODate() === date) return 1440;
  return minutes;
}

/** 'HH:MM' (or 'HH:MM:SS' from Postgres) to minutes since midnight; '24:00' is 1440. */
export function timeToMinutes(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export function minutesToTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The instant of a local wall-clock time, or undefined when that time does not exist (the hour
 * skipped when summer time starts). An ambiguous time (the repeated hour in autumn) resolves
 * to the earlier of the two instants.
 */
export function fromLocal(date: string, minutes: number, zone: string): Date | undefined {
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) return undefined;
  if (minutes === 1440) return day.plus({ days: 1 }).startOf('day').toJSDate();
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const dt = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone });
  if (!dt.isValid || dt.hour !== hour || dt.minute !== minute) return undefined;
  const earlier = dt.minus({ hours: 1 }); // the repeated autumn hour: take its first occurrence
  return (earlier.hour === hour && earlier.minute === minute ? earlier : dt).toJSDate();
}

export function isoWeekday(date: string): number {
  return DateTime.fromISO(date).weekday;
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date).plus({ days }).toISODate()!;
}
