import { isoWeekday } from './zoned';

export type OpeningHours = { weekday: number; opensAt: string; closesAt: string };

/** Opening and closing time of a site on a date (first opening, last closing), or null when closed. */
export function dayHours(hours: readonly OpeningHours[], date: string): { opens: string; closes: string } | null {
  const day = hours.filter((h) => h.weekday === isoWeekday(date));
  if (!day.length) return null;
  return {
    opens: day.map((h) => h.opensAt).sort()[0]!,
    closes: day
      .map((h) => h.closesAt)
      .sort()
      .at(-1)!,
  };
}

/**
 * Defaults for "when": today from now (rounded up) until closing, but no longer than the longest
 * booking the rules allow; when the site has closed for today, its next open day from opening time.
 */
export function defaultWindow(
  hours: readonly OpeningHours[],
  today: string,
  nowTime: string,
  maxMinutes = 24 * 60,
): { date: string; start: string; end: string } {
  for (let i = 0; i < 14; i++) {
    const date = addDays(today, i);
    const h = dayHours(hours, date);
    if (!h) continue;
    const start = i === 0 && nowTime > h.opens ? nowTime : h.opens;
    if (start < h.closes) {
      const latest = toTime(Math.min(toMinutes(h.closes === '24:00' ? '23:45' : h.closes), toMinutes(start) + maxMinutes));
      return { date, start, end: latest };
    }
  }
  return { date: today, start: nowTime, end: nowTime };
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function toMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function toTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
