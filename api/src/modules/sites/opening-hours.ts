import { DomainError } from '../../common/errors/domain-error.js';
import { timeToMinutes } from '../../common/time/local-time.js';
import type { OpeningHoursValue } from './sites.repository.js';

const MAX_BLOCKS_PER_DAY = 4;

/** Checks a week of opening blocks: each block forward in time, no overlaps, a few blocks a day. */
export function validateOpeningHours(hours: readonly OpeningHoursValue[]): void {
  const byDay = new Map<number, { opens: number; closes: number }[]>();
  hours.forEach((h, i) => {
    const opens = timeToMinutes(h.opensAt);
    const closes = timeToMinutes(h.closesAt);
    if (!(opens < closes)) {
      throw DomainError.field('OPENING_HOURS_INVALID', `openingHours.${i}.closesAt`, 'Closing time must be after opening time', {
        weekday: h.weekday,
      });
    }
    byDay.set(h.weekday, [...(byDay.get(h.weekday) ?? []), { opens, closes }]);
  });
  for (const [weekday, blocks] of byDay) {
    if (blocks.length > MAX_BLOCKS_PER_DAY) {
      throw DomainError.field('OPENING_HOURS_INVALID', 'openingHours', `At most ${MAX_BLOCKS_PER_DAY} blocks per day`, { weekday });
    }
    const sorted = [...blocks].sort((a, b) => a.opens - b.opens);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.opens < sorted[i - 1]!.closes) {
        throw DomainError.field('OPENING_HOURS_OVERLAP', 'openingHours', 'Opening blocks on one day overlap', { weekday });
      }
    }
  }
}
