import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { RatingsRepository, type RatingRow } from './ratings.repository.js';

const PROMPT_LIMIT = 3;

/** Workplace satisfaction: a 1–5 rating the booker may give once a booking has started. */
@Injectable()
export class RatingsService {
  constructor(
    private readonly repo: RatingsRepository,
    private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  async rate(viewer: Viewer, input: { bookingId: string; score: number; comment?: string | null }): Promise<RatingRow> {
    const found = await this.repo.rateable(input.bookingId, viewer.id, this.clock.now());
    if (!found) throw notFound('Booking', 'bookingId');
    if (!found.rateable) {
      throw DomainError.field(
        'RATING_NOT_ALLOWED',
        'bookingId',
        'Only a booking that has started (and was not cancelled or released) can be rated',
      );
    }
    return this.repo.upsert({ bookingId: input.bookingId, userId: viewer.id, score: input.score, comment: input.comment || null });
  }

  mine(viewer: Viewer, bookingIds: string[]): Promise<Map<string, RatingRow>> {
    return this.repo.forBookings(bookingIds, viewer.id);
  }

  toRate(viewer: Viewer): Promise<string[]> {
    return this.repo.unrated(viewer.id, this.clock.now(), PROMPT_LIMIT);
  }
}
