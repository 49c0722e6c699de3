import Holidays from 'date-holidays';

export type Holiday = { date: string; name: string };

/** Whether the holiday library knows this 'BE' or 'BE-VLG' style region. */
export function isKnownHolidayRegion(region: string): boolean {
  const [country, state] = region.split('-');
  const hd = new Holidays();
  const countries = hd.getCountries();
  if (!country || !countries[country]) return false;
  return !state || Boolean(hd.getStates(country)?.[state]);
}

/**
 * Days off for a region in a year: the country's public holidays plus the days its region adds on
 * top (for BE-VLG: 11 July, the Flemish Community's holiday, and 26 December), in Dutch.
 */
export function publicHolidays(region: string, year: number, language = 'nl'): Holiday[] {
  const [country, state] = region.split('-');
  const opts = { languages: [language] };
  const national = new Holidays(country!, opts).getHolidays(year);
  const nationalRules = new Set(national.map((h) => h.rule));
  const regional = state ? new Holidays(country!, state, opts).getHolidays(year) : [];
  const days = [...national.filter((h) => h.type === 'public'), ...regional.filter((h) => !nationalRules.has(h.rule))];
  const byDate = new Map(days.map((h) => [h.date.slice(0, 10), h.name]));
  return [...byDate].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}
