/** Dates and times as Plekwijzer shows them: `di 24 nov. 2026`, 24-hour, in the site's time zone. */
export type Locale = 'nl-BE' | 'en';

const NL_WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const NL_MONTHS = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

type Parts = { year: number; month: number; day: number; weekday: number; hour: number; minute: number };

/** Calendar fields of an instant in a time zone (weekday 1 = Monday). */
export function zonedParts(instant: Date, timeZone: string): Parts {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const get = (type: string) => fmt.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { year: +get('year'), month: +get('month'), day: +get('day'), weekday, hour: +get('hour'), minute: +get('minute') };
}

export function formatDate(instant: Date, locale: Locale, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  if (locale === 'nl-BE') return `${NL_WEEKDAYS[p.weekday - 1]} ${p.day} ${NL_MONTHS[p.month - 1]} ${p.year}`;
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(instant);
}

export function formatTime(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** `di 24 nov. 2026, 09:00–10:30` (the end's date is added when it differs). */
export function formatRange(start: Date, end: Date, locale: Locale, timeZone: string): string {
  const sameDay = localDateOf(start, timeZone) === localDateOf(end, timeZone) || formatTime(end, timeZone) === '00:00';
  const tail = sameDay ? formatTime(end, timeZone) : `${formatDate(end, locale, timeZone)} ${formatTime(end, timeZone)}`;
  return `${formatDate(start, locale, timeZone)}, ${formatTime(start, timeZone)}–${tail}`;
}

/** 'YYYY-MM-DD' of an instant in a zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
