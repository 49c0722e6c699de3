import { zonedParts } from './format';

const HOUR = 3_600_000;

/** Offset of the zone from UTC at an instant, in ms (e.g. +3 600 000 for CET). */
function offsetAt(ms: number, timeZone: string): number {
  const p = zonedParts(new Date(ms), timeZone);
  const seconds = new Date(ms).getUTCSeconds() * 1000 + new Date(ms).getUTCMilliseconds();
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) + seconds - ms;
}

/**
 * The instant of a wall-clock date and time in a zone, or null when that time does not exist
 * (the skipped hour in spring). In the repeated autumn hour the earlier instant is taken.
 */
export function instantOf(date: string, time: string, timeZone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [y, mo, da, h, mi] = [+d[1]!, +d[2]!, +d[3]!, +t[1]!, +t[2]!];
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  if (Number.isNaN(wall) || h > 24 || (h === 24 && mi > 0) || mi > 59) return null;
  // The offsets just before and just after any change on that day give every possible instant.
  const candidates = [...new Set([wall - offsetAt(wall - 12 * HOUR, timeZone), wall - offsetAt(wall + 12 * HOUR, timeZone)])]
    .filter((ms) => offsetAt(ms, timeZone) + ms === wall)
    .sort((a, b) => a - b);
  return candidates.length ? new Date(candidates[0]!) : null;
}

/** Today's date and the next quarter hour in a zone, for form defaults. */
export function nowRoundedUp(now: Date, timeZone: string, step = 15): { date: string; time: string } {
  const p = zonedParts(now, timeZone);
  const partial = now.getUTCSeconds() > 0 || now.getUTCMilliseconds() > 0 ? 1 : 0;
  const rounded = Math.ceil((p.hour * 60 + p.minute + partial) / step) * step;
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day + Math.floor(rounded / 1440)));
  const m = rounded % 1440;
  return {
    date: day.toISOString().slice(0, 10),
    time: `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
  };
}

export function addMinutesToTime(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = Math.min(24 * 60, h * 60 + m + minutes);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** ISO weekday (1 = Monday) of a calendar date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}
