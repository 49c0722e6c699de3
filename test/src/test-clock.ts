import { Clock } from '@plekwijzer/api';

/** A clock tests move by hand. Defaults to Monday 11 January 2027, 08:00 in Brussels. */
export class TestClock extends Clock {
  private current: number;

  constructor(start = '2027-01-11T08:00:00+01:00') {
    super();
    this.current = Date.parse(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(iso: string): void {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) throw new Error(`bad instant ${iso}`);
    this.current = t;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
