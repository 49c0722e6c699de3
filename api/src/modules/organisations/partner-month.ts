import { DateTime } from 'luxon';

/** Quotas and usage statements count Belgian calendar months. */
export const PARTNER_MONTH_ZONE = 'Europe/Brussels';

/** [from, to) of a month 'YYYY-MM' in Brussels time; undefined when malformed. */
export function monthRange(month: string): { from: Date; to: Date } | undefined {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return undefined;
  const start = DateTime.fromISO(`${month}-01`, { zone: PARTNER_MONTH_ZONE });
  if (!start.isValid || start.year < 1970 || start.year > 2999) return undefined;
  return { from: start.toJSDate(), to: start.plus({ months: 1 }).toJSDate() };
}

/** The month 'YYYY-MM' an instant falls in, in Brussels time. */
export function monthOf(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: PARTNER_MONTH_ZONE }).toFormat('yyyy-MM');
}
