import rrule, { type Weekday } from 'rrule';
import { DomainError } from '../../common/errors/domain-error.js';
import { addDays, fromLocal, localDate, localMinutes } from '../../common/time/local-time.js';

// rrule ships CommonJS only; Node's ESM loader sees its exports on the default import.
const { RRule } = rrule;

export type Recurrence = {
  frequency: 'DAILY' | 'WEEKLY';
  interval: number;
  /** ISO weekdays (1 = Monday) for WEEKLY; defaults to the first occurrence's weekday. */
  byWeekday?: readonly number[];
  /** Last local date (inclusive). */
  until?: string;
  count?: number;
};

export type Occurrence = { date: string; startsAt: Date; endsAt: Date } | { date: string; nonexistent: true };

export const MAX_OCCURRENCES = 260;
const MAX_SERIES_DAYS = 731;
const RRULE_DAYS: Weekday[] = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

/**
 * The occurrences of a series whose first booking is [startsAt, endsAt), keeping the local
 * wall-clock times across daylight-saving changes. A wall-clock start that does not exist on a
 * date (the hour skipped in spring) yields a `nonexistent` occurrence for the caller to report.
 */
export function expandSeries(startsAt: Date, endsAt: Date, r: Recurrence, zone: string): Occurrence[] {
  if ((r.until === undefined) === (r.count === undefined)) {
    throw DomainError.field('VALIDATION_FAILED', 'recurrence', 'Give either until or count');
  }
  const firstDate = localDate(startsAt, zone);
  if (r.until !== undefined && (r.until < firstDate || r.until > addDays(firstDate, MAX_SERIES_DAYS))) {
    throw DomainError.field(
      'BOOKING_SERIES_TOO_LONG',
      'recurrence.until',
      'The end date must be after the first date and within two years',
      {
        maxDays: MAX_SERIES_DAYS,
      },
    );
  }
  const startMin = localMinutes(startsAt, zone);
  const endDate = localDate(endsAt, zone);
  const dayOffset = Math.round((Date.parse(endDate) - Date.parse(firstDate)) / 86_400_000);
  const endMin = localMinutes(endsAt, zone, dayOffset === 1 ? firstDate : undefined);
  const endOffset = endMin === 1440 ? 0 : dayOffset;

  const [y, m, d] = firstDate.split('-').map(Number) as [number, number, number];
  const rule = new RRule({
    freq: r.frequency === 'DAILY' ? RRule.DAILY : RRule.WEEKLY,
    interval: r.interval,
    // rrule works on "floating" dates: UTC midnight stands for the local calendar date
    dtstart: new Date(Date.UTC(y, m - 1, d)),
    ...(r.frequency === 'WEEKLY' && r.byWeekday?.length ? { byweekday: r.byWeekday.map((w) => RRULE_DAYS[w - 1]!) } : {}),
    ...(r.until ? { until: new Date(`${r.until}T23:59:59Z`) } : {}),
    count: r.count ?? MAX_OCCURRENCES + 1,
  });
  const dates = rule.all((_, i) => i <= MAX_OCCURRENCES).map((dt) => dt.toISOString().slice(0, 10));
  if (dates.length > MAX_OCCURRENCES) {
    throw DomainError.field('BOOKING_SERIES_TOO_LONG', 'recurrence', `A series has at most ${MAX_OCCURRENCES} dates`, {
      maxOccurrences: MAX_OCCURRENCES,
    });
  }
  return dates.map((date) => {
    const start = fromLocal(date, startMin, zone);
    const end = fromLocal(addDays(date, endOffset), endMin, zone);
    return start && end ? { date, startsAt: start, endsAt: end } : { date, nonexistent: true as const };
  });
}
