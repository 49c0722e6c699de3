import { decisionDeadline } from './decision-deadline.js';

const Z = 'Europe/Brussels';
const none = new Set<string>();
const at = (iso: string) => new Date(iso);

describe('the decision deadline of a request', () => {
  it('is midnight two working days before the start: a Thursday request is decided before Tuesday', () => {
    expect(decisionDeadline(at('2027-01-14T09:00:00+01:00'), 2, Z, none).toISOString()).toBe('2027-01-11T23:00:00.000Z');
  });

  it('skips the weekend: a Monday request is decided before the Thursday before', () => {
    expect(decisionDeadline(at('2027-01-18T09:00:00+01:00'), 2, Z, none).toISOString()).toBe('2027-01-13T23:00:00.000Z');
  });

  it('skips the site’s closure days', () => {
    const closures = new Set(['2027-01-13']);
    expect(decisionDeadline(at('2027-01-14T09:00:00+01:00'), 2, Z, closures).toISOString()).toBe('2027-01-10T23:00:00.000Z');
  });

  it('uses local midnight across daylight saving (summer time starts on Sunday 28 March 2027)', () => {
    // Tuesday 30 March: Monday 29 and Friday 26 are the two working days, so decide before Friday 26 (still winter time).
    expect(decisionDeadline(at('2027-03-30T09:00:00+02:00'), 2, Z, none).toISOString()).toBe('2027-03-25T23:00:00.000Z');
    // Thursday 1 April: decide before Tuesday 30 March, in summer time.
    expect(decisionDeadline(at('2027-04-01T09:00:00+02:00'), 2, Z, none).toISOString()).toBe('2027-03-29T22:00:00.000Z');
  });

  it('with zero working days is the start itself', () => {
    expect(decisionDeadline(at('2027-01-14T09:00:00+01:00'), 0, Z, none).toISOString()).toBe('2027-01-14T08:00:00.000Z');
  });
});
