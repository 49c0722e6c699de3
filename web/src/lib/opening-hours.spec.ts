import { dayHours, defaultWindow } from './opening-hours';

const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: '07:30', closesAt: '19:00' }));

describe('opening hours in the forms', () => {
  it('finds the hours of a date and nothing on a closed day', () => {
    expect(dayHours(weekdays, '2026-11-24')).toEqual({ opens: '07:30', closes: '19:00' });
    expect(dayHours(weekdays, '2026-11-28')).toBeNull();
  });

  it('defaults to now until closing, or the next open morning after closing time', () => {
    expect(defaultWindow(weekdays, '2026-11-24', '10:15')).toEqual({ date: '2026-11-24', start: '10:15', end: '19:00' });
    expect(defaultWindow(weekdays, '2026-11-24', '06:00')).toEqual({ date: '2026-11-24', start: '07:30', end: '19:00' });
    expect(defaultWindow(weekdays, '2026-11-27', '20:00')).toEqual({ date: '2026-11-30', start: '07:30', end: '19:00' });
  });

  it('keeps the default no longer than the longest booking allowed', () => {
    expect(defaultWindow(weekdays, '2026-11-24', '08:00', 600)).toEqual({ date: '2026-11-24', start: '08:00', end: '18:00' });
  });
});
