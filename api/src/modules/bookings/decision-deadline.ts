import { DateTime } from 'luxon';
import { addDays, isoWeekday, localDate } from '../../common/time/local-time.js';

/** How many calendar days before the start to load closure days for, per working day asked. */
export const CLOSURE_LOOKBACK_DAYS = (workingDays: number) => workingDays * 2 + 21;

/**
 * The instant a request must be decided by: local midnight at the start of the day that lies
 * `workingDays` working days before the start date (with 0: the start itself). Working days are
 * Monday to Friday, except the site's closure days. With 2, a request for Thursday must be decided
 * before Tuesday, so Tuesday and Wednesday stay for the requester to prepare.
 */
export function decisionDeadline(startsAt: Date, workingDays: number, zone: string, closures: { has(date: string): boolean }): Date {
  if (workingDays <= 0) return startsAt;
  let day = localDate(startsAt, zone);
  for (let counted = 0; counted < workingDays;) {
    day = addDays(day, -1);
    if (isoWeekday(day) <= 5 && !closures.has(day)) counted++;
  }
  return DateTime.fromISO(day, { zone }).startOf('day').toJSDate();
}
