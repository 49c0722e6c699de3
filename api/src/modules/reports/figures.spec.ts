import { figure, isSuppressed, peakFigures, percentileDisc, ratioBand } from './figures.js';

describe('report figures', () => {
  it('places a value below, within or above its band, and says when there is no band, no data or too few people', () => {
    const band = { low: 0.5, high: 0.85 };
    expect(figure(0.4, band).status).toBe('BELOW');
    expect(figure(0.5, band).status).toBe('WITHIN');
    expect(figure(0.85, band).status).toBe('WITHIN');
    expect(figure(0.9, band).status).toBe('ABOVE');
    expect(figure(0.9, { low: null, high: null }).status).toBe('NO_TARGET');
    expect(figure(null, band).status).toBe('NO_DATA');
    expect(figure(0.7, band, true)).toEqual({ value: null, status: 'SUPPRESSED', low: 0.5, high: 0.85 });
  });

  it('suppresses one to four people, and any cut of a population under five', () => {
    expect(isSuppressed(0)).toBe(false);
    expect(isSuppressed(4)).toBe(true);
    expect(isSuppressed(5)).toBe(false);
    expect(isSuppressed(12, 4)).toBe(true);
    expect(isSuppressed(0, 4)).toBe(true);
  });

  it('takes the 80th percentile as Postgres’ percentile_disc does', () => {
    expect(percentileDisc([0.1, 0.2, 0.3, 0.4, 0.5], 0.8)).toBe(0.4);
    expect(percentileDisc([0.5, 0.1, 0.9, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6, 1], 0.8)).toBe(0.8);
    expect(percentileDisc([0.3], 0.8)).toBe(0.3);
    expect(percentileDisc([], 0.8)).toBeNull();
  });

  it('finds the peak day, the 80th-percentile day and the average daily peak', () => {
    const days = [
      { day: '2027-01-11', spaces: 10, peak: 8 },
      { day: '2027-01-12', spaces: 10, peak: 5 },
      { day: '2027-01-13', spaces: 10, peak: 2 },
      { day: '2027-01-14', spaces: 10, peak: 6 },
      { day: '2027-01-15', spaces: 10, peak: 4 },
    ];
    expect(peakFigures(days)).toEqual({ peak: 0.8, peakDay: '2027-01-11', p80: 0.6, average: 0.5 });
  });

  it('caps the desks a ratio asks for at the maximum the building allows (the seed’s form)', () => {
    const seed = { ratioMin: 0.1, ratioMax: null, ratioMaxDesks: 25 };
    expect(ratioBand(seed, 120)).toEqual({ low: 0.1, high: null });
    expect(ratioBand(seed, 400)).toEqual({ low: 25 / 400, high: null });
    expect(ratioBand({ ratioMin: 0.7, ratioMax: 0.9, ratioMaxDesks: null }, 12)).toEqual({ low: 0.7, high: 0.9 });
  });
});
