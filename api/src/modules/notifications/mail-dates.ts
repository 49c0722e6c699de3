import { DateTime } from 'luxon';
import type { Locale } from './templates.js';

const NL_WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const NL_MONTHS = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

/**
 * A time slot as the web app writes it, in the site's zone: `di 12 jan. 2027, 10:00–11:00`, or
 * `Tue 12 Jan 2027, 10:00–11:00` in English (the ICU month abbreviations lack the Dutch dots).
 */
export function formatSlot(slot: { startsAt: string; endsAt: string }, zone: string, locale: Locale): string {
  const start = DateTime.fromISO(slot.startsAt, { zone });
  const end = DateTime.fromISO(slot.endsAt, { zone });
  const day =
    locale === 'nl-BE'
      ? `${NL_WEEKDAYS[start.weekday - 1]} ${start.day} ${NL_MONTHS[start.month - 1]} ${start.year}`
      : start.setLocale('en-GB').toFormat('ccc d LLL yyyy');
  return `${day}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`;
}
