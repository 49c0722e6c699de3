import type { Locale } from '../../lib/format';

/** Whole cents as money: `€ 12,50` in Dutch, `€12.50` in English. */
export function formatEuros(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl-BE' ? 'nl-BE' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Minutes as hours with at most two decimals, in the locale's notation. */
export function formatHours(minutes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl-BE' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(
    minutes / 60,
  );
}

/** `ma 17:00–22:00, di 17:00–22:00` from weekday blocks; weekday names come from the caller. */
export function hoursText(
  blocks: readonly { weekday: number; opensAt: string; closesAt: string }[],
  dayName: (weekday: number) => string,
): string {
  return [...blocks]
    .sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt))
    .map((b) => `${dayName(b.weekday)} ${b.opensAt.slice(0, 5)}–${b.closesAt.slice(0, 5)}`)
    .join(', ');
}
